package io.seedsim.checker.format;

import io.seedsim.checker.HistoryFormatException;
import io.seedsim.checker.Model;
import io.seedsim.checker.Operation;
import io.seedsim.checker.Outcome;
import io.seedsim.checker.HistoryReadTimeoutException;
import io.seedsim.checker.search.Deadline;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Porcupine's Jepsen etcd logs, one event per line:
 * {@code INFO  jepsen.util - <process> <type> <f> <value>}, fields separated by tabs or runs of
 * spaces. Values are integers, {@code nil}, {@code [from to]} or {@code :timed-out}.
 *
 * <p>Read as Porcupine does: {@code :ok} took effect; {@code :fail :cas} completed and saw a value
 * other than {@code from}; {@code :fail :read} had no effect and leaves the history; {@code :info}
 * leaves the operation's outcome unknown.
 */
public final class EtcdLogHistory {
  private EtcdLogHistory() {}

  private static final List<String> PREFIX = List.of("INFO", "jepsen.util", "-");

  public static List<Operation> read(String file, Reader in, Model<?> model, Deadline deadline)
      throws HistoryFormatException, HistoryReadTimeoutException {
    EventHistoryBuilder history = new EventHistoryBuilder(file, model);
    TextLines lines = new TextLines(file, in, deadline);
    boolean any = false;
    for (String text = lines.next(); text != null; text = lines.next()) {
      String line = text.strip();
      if (line.isEmpty()) continue;
      any = true;
      event(history, lines.number(), tokens(line));
    }
    if (!any) throw new HistoryFormatException(file, 0, "the file is empty: no operations to check");
    return history.build((function, argument, value) -> value, deadline);
  }

  /**
   * The tokens of a stripped, non-empty line between runs of the blanks that the pattern \s
   * matches (space, \t, \n, \u000B, \f, \r): what {@code line.split("\\s+")} gives, without
   * running a regular expression on every line.
   */
  static String[] tokens(String line) {
    List<String> tokens = new ArrayList<>(8);
    int i = 0;
    int n = line.length();
    while (i < n) {
      int start = i;
      while (i < n && !blank(line.charAt(i))) i++;
      tokens.add(line.substring(start, i));
      while (i < n && blank(line.charAt(i))) i++;
    }
    return tokens.toArray(String[]::new);
  }

  private static boolean blank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static void event(EventHistoryBuilder history, int line, String[] tokens) throws HistoryFormatException {
    if (tokens.length < 7 || !Arrays.asList(tokens).subList(0, 3).equals(PREFIX)) {
      throw history.error(line, "expected 'INFO  jepsen.util - <process> <type> <f> <value>'");
    }
    long process = process(history, line, tokens[3]);
    String type = tokens[4];
    String function = keyword(history, line, tokens[5], "function");
    String rawValue = String.join(" ", Arrays.asList(tokens).subList(6, tokens.length));
    switch (type) {
      case ":invoke" -> history.invoke(line, process, function, null, value(history, line, rawValue));
      case ":ok" -> history.complete(line, process, function, value(history, line, rawValue), Outcome.OK);
      case ":info" -> history.complete(line, process, function, null, Outcome.UNKNOWN);
      case ":fail" -> {
        if (function.equals("cas")) history.complete(line, process, function, null, Outcome.FAILED);
        else history.discard(line, process, function);
      }
      default -> throw history.error(line, "unknown event type '" + Excerpt.cut(type) + "' (expected :invoke, :ok, :fail or :info)");
    }
  }

  private static long process(EventHistoryBuilder history, int line, String token) throws HistoryFormatException {
    try {
      long process = Long.parseLong(token);
      if (process >= 0) return process;
    } catch (NumberFormatException e) {
      // reported below
    }
    throw history.error(line, "the process '" + Excerpt.cut(token) + "' is not a non-negative integer");
  }

  private static String keyword(EventHistoryBuilder history, int line, String token, String what)
      throws HistoryFormatException {
    if (token.length() < 2 || token.charAt(0) != ':') {
      throw history.error(line, "the " + what + " '" + Excerpt.cut(token) + "' is not a keyword like :read");
    }
    return token.substring(1);
  }

  /** nil, an integer, or [a b]. */
  private static Object value(EventHistoryBuilder history, int line, String raw) throws HistoryFormatException {
    if (raw.equals("nil")) return null;
    if (raw.startsWith("[") && raw.endsWith("]")) {
      String[] parts = tokens(raw.substring(1, raw.length() - 1).strip());
      if (parts.length == 2) return Arrays.asList(integer(history, line, parts[0]), integer(history, line, parts[1]));
      throw history.error(line, "expected a pair [from to], not " + Excerpt.of(raw));
    }
    return integer(history, line, raw);
  }

  private static Object integer(EventHistoryBuilder history, int line, String raw) throws HistoryFormatException {
    if (raw.equals("nil")) return null;
    try {
      return ExactNumbers.integer(new java.math.BigInteger(raw));
    } catch (NumberFormatException e) {
      throw history.error(line, "the value " + Excerpt.of(raw) + " is not an integer, nil or [from to]");
    }
  }
}
