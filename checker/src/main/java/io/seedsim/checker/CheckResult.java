package io.seedsim.checker;

import java.util.List;

/**
 * The answer for a whole history: linearizable iff every partition is.
 *
 * @param partitions one result per partition, ordered by label (numeric labels numerically)
 * @param checkNanos how long the check took
 */
public record CheckResult(Verdict verdict, List<PartitionResult> partitions, long checkNanos) {

  public CheckResult {
    partitions = List.copyOf(partitions);
  }

  /** The partitions that are not linearizable (or unknown), for error reports. */
  public List<PartitionResult> failures() {
    return partitions.stream().filter(p -> p.verdict() != Verdict.LINEARIZABLE).toList();
  }

  /**
   * True when some partition is unknown because the memory budget ran out: the JVM is short of
   * memory for this history, which says nothing about the system that recorded it.
   */
  public boolean memoryBudgetSpent() {
    return partitions.stream().anyMatch(p -> p.verdict() == Verdict.UNKNOWN
        && p.explanation().startsWith(PartitionResult.MEMORY_BUDGET_SPENT));
  }

  public int operationCount() {
    return partitions.stream().mapToInt(p -> p.operations().size()).sum();
  }
}
