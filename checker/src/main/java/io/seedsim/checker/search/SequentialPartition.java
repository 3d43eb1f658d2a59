package io.seedsim.checker.search;

import io.seedsim.checker.Model;
import io.seedsim.checker.Operation;
import io.seedsim.checker.Verdict;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The search's answer for a partition whose operations never overlap, found without searching.
 * Every lab history is such a partition per key (each key has one client at a time), and there
 * the search's entry list, memo and state table cost far more than stepping the model once per
 * operation.
 *
 * <p>When each operation is called after the one before it returned (strictly: touching operations
 * count as concurrent), real time allows one order only, call order. Operations with an unknown
 * outcome are allowed only after every completed one: the search never needs to linearize them,
 * since it is done once every completed operation is. Anything else, or a step the model does not
 * allow, is left to the search, so that failures are explained exactly as before.
 */
final class SequentialPartition {
  private SequentialPartition() {}

  /** How often the deadline is read, in operations. */
  private static final int OPERATIONS_BETWEEN_CLOCK_READS = 1 << 10;

  /**
   * The search's outcome for {@code operations} (in call order) when they never overlap and the
   * model allows call order; null when the search must decide, or the deadline passed.
   */
  static <S> WglSearch.Outcome<S> linearize(Model<S> model, List<Operation> operations, Deadline deadline) {
    int n = operations.size();
    int[] order = new int[n];
    List<S> statesAfter = new ArrayList<>(n);
    S state = model.init();
    long lastReturn = Long.MIN_VALUE;
    boolean pendingSeen = false;
    int placed = 0;
    for (int i = 0; i < n; i++) {
      if ((i & (OPERATIONS_BETWEEN_CLOCK_READS - 1)) == OPERATIONS_BETWEEN_CLOCK_READS - 1 && deadline.passed()) {
        return null;
      }
      Operation op = operations.get(i);
      if (op.call() <= lastReturn) return null;
      if (!op.hasReturn()) {
        pendingSeen = true;
        continue;
      }
      if (pendingSeen) return null;
      state = model.step(state, op.input(), op.output());
      if (state == null) return null;
      order[placed++] = i;
      statesAfter.add(state);
      lastReturn = op.ret();
    }
    int[] linearization = placed == n ? order : Arrays.copyOf(order, placed);
    return new WglSearch.Outcome<>(Verdict.LINEARIZABLE, linearization, statesAfter, placed, WglSearch.Stop.NONE);
  }
}
