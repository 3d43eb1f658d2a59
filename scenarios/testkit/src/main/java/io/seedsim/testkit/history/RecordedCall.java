package io.seedsim.testkit.history;

import io.seedsim.checker.JsonLinesHistory;
import io.seedsim.checker.Operation;
import io.seedsim.checker.Outcome;

/**
 * One client operation as the client saw it, in virtual microseconds, in the vocabulary of the
 * history format (docs/testkit.md): a function name, an optional key, an argument and an output.
 *
 * @param id the operation's id in the trace ("op" of its call and return lines)
 * @param client the process that ran it (a client that gave up on an operation goes on as a new one)
 * @param function for example "get", "put", "append", "read", "write", "cas"
 * @param key the key, or null for a single-register model
 * @param value the argument, or null when there is none
 * @param output what the client saw; null when it saw nothing (a write) or the outcome is unknown
 * @param returnMicros {@link Operation#UNKNOWN} while pending, or when the client gave up on it
 * @param outcome {@link Outcome#OK} when it returned and took effect, {@link Outcome#FAILED} when
 *     it returned and definitely had no effect (a cas whose comparison failed), else {@link
 *     Outcome#UNKNOWN} (pending, or given up on)
 */
public record RecordedCall(int id, int client, String function, String key, Object value, Object output,
    long callMicros, long returnMicros, Outcome outcome) {

  public boolean returned() {
    return returnMicros != Operation.UNKNOWN;
  }

  /** A cas, the one operation whose output the history format reads as an outcome. */
  public boolean isCas() {
    return function.equalsIgnoreCase("cas");
  }

  /** One line, e.g. {@code append("3", "x 3 7 y")} or {@code write(4)}. */
  public String describe() {
    StringBuilder args = new StringBuilder();
    if (key != null) {
      args.append(quoted(key));
    }
    if (value != null) {
      args.append(key == null ? "" : ", ").append(quoted(value));
    }
    return function + "(" + args + ")";
  }

  /**
   * This call as a line of seedsim's JSON lines history format. A returned call's output is
   * always written, a null one as {@code "output": null}, which a model reads as it reads the
   * null in memory (a read of nil; nothing, for a write): left out, it would mean "not observed".
   * A returned cas's output is {@code true} (it applied) or {@code false} (it failed), which is
   * how the format tells them apart.
   */
  public JsonLinesHistory.Line line() {
    Object written = isCas() && returned() ? (Object) (outcome == Outcome.OK) : output;
    return new JsonLinesHistory.Line(client, function, key, value, written, returned(), callMicros, returnMicros);
  }

  private static String quoted(Object o) {
    return o instanceof String s ? "\"" + s + "\"" : String.valueOf(o);
  }
}
