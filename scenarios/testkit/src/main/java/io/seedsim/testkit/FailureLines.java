package io.seedsim.testkit;

import io.seedsim.checker.CheckResult;
import io.seedsim.checker.Linearizability;
import io.seedsim.checker.PartitionResult;
import io.seedsim.checker.Verdict;
import io.seedsim.sim.run.SimulationFailure;

/** The one-line reasons a run fails with, shared by every scenario so that they read alike. */
public final class FailureLines {
  private FailureLines() {}

  /**
   * A client's broken check reads as itself; any other exception names where it happened.
   *
   * @throws EnvironmentError when it was the JVM that failed inside a handler (out of memory, for
   *     one): that depends on the heap, not the seed, so the run has no outcome
   */
  public static String of(SimulationFailure f) {
    Throwable environmental = EnvironmentError.rootOf(f);
    if (environmental != null) {
      throw new EnvironmentError(environmental);
    }
    Throwable cause = f.getCause();
    if (cause instanceof AssertionError && cause.getMessage() != null) {
      return cause.getMessage() + " (at " + f.atMicros() + " us)";
    }
    return f.getMessage();
  }

  /**
   * Null for a linearizable history; else the first failing partition, e.g. {@code key 3: get("3")
   * -> "x" cannot take effect: ...}, or {@code the check gave up on key 3: ...} for UNKNOWN.
   */
  public static String violation(CheckResult result) {
    if (result.verdict() == Verdict.LINEARIZABLE) {
      return null;
    }
    PartitionResult culprit = result.failures().stream()
        .filter(p -> p.verdict() == result.verdict())
        .findFirst()
        .orElse(result.failures().get(0));
    boolean gaveUp = result.verdict() == Verdict.UNKNOWN;
    if (culprit.partition().equals(Linearizability.WHOLE_HISTORY)) {
      return (gaveUp ? "the check gave up: " : "") + culprit.explanation();
    }
    return (gaveUp ? "the check gave up on key " : "key ") + culprit.partition() + ": " + culprit.explanation();
  }
}
