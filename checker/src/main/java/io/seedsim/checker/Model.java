package io.seedsim.checker;

import io.seedsim.checker.search.Deadline;
import java.util.List;
import java.util.Optional;

/**
 * A sequential specification: a pure step function over states. Implementations must be
 * immutable and thread-safe, since partitions are checked in parallel.
 *
 * @param <S> the state; never null
 */
public interface Model<S> {

  /** The name used on the command line, e.g. {@code kv}. */
  String name();

  S init();

  /**
   * Applies one operation. Returns the new state, or null when {@code output} cannot be the
   * output of {@code input} in {@code state}. A null output means "not observed": the model must
   * then accept the operation in every state.
   */
  S step(S state, Object input, Object output);

  default boolean equal(S a, S b) {
    return a.equals(b);
  }

  default int hash(S state) {
    return state.hashCode();
  }

  /**
   * About how many bytes a state the search keeps holds beyond what the history already holds
   * (the memory budget counts it). The default suits states that are a value from the history.
   */
  default long retainedBytes(S state) {
    return 16;
  }

  /**
   * True when operations carry a key. History formats then need one on every operation (the
   * EDN reader also accepts Jepsen's {@code [key value]} tuples).
   */
  default boolean keyed() {
    return false;
  }

  /** The partition an operation belongs to (its key), or null when the model is not partitioned. */
  default String partitionOf(Object input) {
    return null;
  }

  /**
   * True when the operation never changes the state, whatever it returns. Such an operation with
   * an unobserved output constrains nothing, and the checker leaves it out of the search.
   */
  default boolean isReadOnly(Object input) {
    return false;
  }

  /**
   * True when this operation, with this output, leaves every state where it is allowed unchanged
   * (a read, a failed compare-and-set). The search may then take it as soon as it is allowed
   * without trying the alternatives. Must never be true of an operation that can change a state.
   */
  default boolean isInert(Object input, Object output) {
    return isReadOnly(input);
  }

  /**
   * False when no sequence of operations other than resets (see {@link #resets}) can lead from
   * {@code state} to a state that allows this operation with this output. For kv: appends only
   * extend a value, so a get of "ab" (or an append that saw "ab") can never follow the state "ac"
   * without a put. Must be sound: when in doubt, true.
   */
  default boolean reachableWithoutReset(S state, Object input, Object output) {
    return true;
  }

  /**
   * True when the operation can take the state anywhere (a put), which voids
   * reachableWithoutReset. A model whose reachableWithoutReset can be false must make its resets
   * set the state whatever it was before, since the search asks reachableWithoutReset of the state
   * a reset leads to, computed from the current one.
   */
  default boolean resets(Object input) {
    return true;
  }

  /**
   * A cheap argument that the partition cannot be linearizable, found before any search: for
   * example a read of a value that no operation could have written. Empty when there is none.
   */
  default Optional<Impossible> impossible(List<Operation> partition) {
    return impossible(partition, Deadline.none());
  }

  /**
   * {@link #impossible(List)}, giving up (empty) once {@code deadline} passes: for long partitions,
   * models poll it. Models override this one.
   */
  default Optional<Impossible> impossible(List<Operation> partition, Deadline deadline) {
    return Optional.empty();
  }

  /** A one-line description of an operation, e.g. {@code append("1", "x") -> ""}. */
  String describeOperation(Object input, Object output);

  /** A one-line description of a state, e.g. {@code "x1;x2;"}. */
  String describeState(S state);

  /**
   * Reads one recorded call of a history file into this model's input and output.
   *
   * @param function the operation's name, e.g. {@code append} or {@code cas}
   * @param key the key, or null when the file has none
   * @param argument the invocation's argument (null when it has none)
   * @param result the completion's value (null when there is none or the outcome is unknown)
   * @throws IllegalArgumentException naming the problem, for an operation this model does not know
   *     or an argument of the wrong shape
   */
  Call decode(String function, String key, Object argument, Object result, Outcome outcome);

  /** The input and output of one recorded call, as a model reads them. */
  record Call(Object input, Object output) {}

  /** An operation that no order can explain, found by {@link #impossible}. */
  record Impossible(int operationId, String explanation) {}
}
