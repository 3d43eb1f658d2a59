package io.seedsim.checker;

/**
 * One operation of a history: a client called it with {@code input} at {@code call} and saw
 * {@code output} at {@code ret}. Times are in any unit, as long as one history uses one unit.
 *
 * <p>An operation whose outcome is unknown (the client crashed or gave up) has {@code ret ==
 * UNKNOWN}: it may or may not have taken effect, at any time after its call. Its output is then
 * null. A null output on a completed operation means the output was not observed.
 */
public record Operation(int id, int client, Object input, Object output, long call, long ret) {

  /** The return time of an operation whose outcome is unknown. */
  public static final long UNKNOWN = Long.MAX_VALUE;

  public Operation {
    if (ret < call) {
      throw new IllegalArgumentException("operation " + id + " returns at " + ret + " before its call at " + call);
    }
  }

  public boolean hasReturn() {
    return ret != UNKNOWN;
  }

  /** The same operation under another id (histories renumber operations in call order). */
  public Operation withId(int newId) {
    return new Operation(newId, client, input, output, call, ret);
  }
}
