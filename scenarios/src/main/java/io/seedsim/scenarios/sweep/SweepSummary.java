package io.seedsim.scenarios.sweep;

import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import org.apache.commons.math3.distribution.BetaDistribution;

/**
 * The result of a sweep. Outcomes are sorted by (scenario, seed) whatever order they finished in,
 * so reports are deterministic apart from timing fields.
 */
public record SweepSummary(
    SweepPlan plan, List<RunOutcome> outcomes, StopReason stopReason, long wallNanos) {

  private static final Comparator<RunOutcome> BY_SCENARIO_AND_SEED =
      Comparator.comparing(RunOutcome::scenario).thenComparingLong(RunOutcome::seed);

  public SweepSummary {
    outcomes = outcomes.stream().sorted(BY_SCENARIO_AND_SEED).toList();
  }

  public long runs() {
    return outcomes.size();
  }

  public List<RunOutcome> failures() {
    return outcomes.stream().filter(o -> !o.passed()).toList();
  }

  public long failed() {
    return outcomes.stream().filter(o -> !o.passed()).count();
  }

  public boolean allPassed() {
    return failed() == 0;
  }

  public long virtualMicros() {
    return outcomes.stream().mapToLong(RunOutcome::virtualMicros).sum();
  }

  public long events() {
    return outcomes.stream().mapToLong(RunOutcome::events).sum();
  }

  public double wallSeconds() {
    return wallNanos / 1e9;
  }

  public double seedsPerSecond() {
    return wallNanos == 0 ? 0 : runs() * 1e9 / wallNanos;
  }

  /**
   * When no run failed: the one-sided 95% Clopper-Pearson upper bound on the probability that a
   * seed fails, the p with P(no failure in n runs | p) = 5%, about 3/n. Empty when a run failed or
   * nothing ran.
   */
  public OptionalDouble failureUpperBound95() {
    long n = runs();
    if (n == 0 || !allPassed()) {
      return OptionalDouble.empty();
    }
    // Commons Math's ClopperPearsonInterval rejects 0 successes, so use its Beta quantile: the
    // Clopper-Pearson upper limit for x failures in n runs is Beta(x + 1, n - x) at 1 - alpha.
    return OptionalDouble.of(new BetaDistribution(null, 1, n).inverseCumulativeProbability(0.95));
  }
}
