package io.seedsim.checker;

import java.util.regex.Pattern;

/**
 * A history file that cannot be read: names the file, the line (or event) and the problem, in a
 * message fit to show the user as it is, e.g. {@code h.jsonl: line 3: return 10 is before call 20}.
 * The problem is cut short past {@link #MAX_PROBLEM} characters, so that a huge value quoted in it
 * cannot make a huge line.
 */
public final class HistoryFormatException extends Exception {
  /** The longest problem text kept; readers cut quoted values much shorter (see format.Excerpt). */
  public static final int MAX_PROBLEM = 300;

  private final String file;
  private final int line;
  private final String problem;

  /**
   * @param line the 1-based line of the problem, or 0 when it concerns the whole file
   */
  public HistoryFormatException(String file, int line, String problem) {
    super(file + (line > 0 ? ": line " + line : "") + ": " + shorten(problem));
    this.file = file;
    this.line = line;
    this.problem = shorten(problem);
  }

  /** One line, each long run of non-blanks (a value a model quoted whole) cut, the whole capped. */
  private static String shorten(String problem) {
    String oneLine = problem == null ? "unreadable input" : problem.replace('\n', ' ').replace('\r', ' ');
    if (oneLine.length() > MAX_TOKEN) oneLine = LONG_TOKEN.matcher(oneLine).replaceAll("$1...");
    return oneLine.length() <= MAX_PROBLEM ? oneLine : oneLine.substring(0, MAX_PROBLEM) + "...";
  }

  private static final int MAX_TOKEN = 80;
  private static final Pattern LONG_TOKEN = Pattern.compile("(\\S{" + MAX_TOKEN + "})\\S+");

  public String file() {
    return file;
  }

  /** The 1-based line, or 0 when the problem concerns the whole file. */
  public int line() {
    return line;
  }

  public String problem() {
    return problem;
  }
}
