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

  public int operationCount() {
    return partitions.stream().mapToInt(p -> p.operations().size()).sum();
  }
}
