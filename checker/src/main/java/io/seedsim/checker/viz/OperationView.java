package io.seedsim.checker.viz;

import java.util.Objects;

/**
 * One client operation as the history page draws it: a bar in its client's lane from
 * {@code callTime} to {@code returnTime}.
 *
 * @param id the operation's id, unique within the history; the trace's {@code call}/{@code return}
 *     events carry the same id in their {@code op} field, which is how a click on this operation
 *     finds its messages in the trace view
 * @param client the client's name as shown on its lane ("0", "clerk-3"); every operation of one
 *     client goes in one lane
 * @param input the call as text, e.g. {@code append("1", "x 0 3 y")}
 * @param output the result as text, e.g. {@code "x 0 3 y"}; null when the outcome is unknown (the
 *     client crashed or gave up), in which case {@code returnTime} is null as well
 * @param callTime when the call began, in the history's time unit; the page reads times as
 *     JavaScript numbers, exact below 2^53, so times from a wall clock in nanoseconds since 1970
 *     should be made relative to the history's first call
 * @param returnTime when it returned, or null for an operation with unknown outcome (drawn
 *     open-ended, up to the end of the history)
 */
public record OperationView(
    long id, String client, String input, String output, long callTime, Long returnTime) {

  public OperationView {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(input, "input");
    if (returnTime != null && returnTime < callTime) {
      throw new IllegalArgumentException(
          "operation " + id + " returns at " + returnTime + ", before its call at " + callTime);
    }
  }

  /** An operation whose outcome is unknown: it may or may not have taken effect. */
  public static OperationView pending(long id, String client, String input, long callTime) {
    return new OperationView(id, client, input, null, callTime, null);
  }

  public boolean outcomeUnknown() {
    return returnTime == null;
  }
}
