package io.seedsim.checker;

/**
 * A history file that cannot be read: names the file, the line (or event) and the problem, in a
 * message fit to show the user as it is, e.g. {@code h.jsonl: line 3: return 10 is before call 20}.
 */
public final class HistoryFormatException extends Exception {
  private final String file;
  private final int line;
  private final String problem;

  /**
   * @param line the 1-based line of the problem, or 0 when it concerns the whole file
   */
  public HistoryFormatException(String file, int line, String problem) {
    super(file + (line > 0 ? ": line " + line : "") + ": " + problem);
    this.file = file;
    this.line = line;
    this.problem = problem;
  }

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
