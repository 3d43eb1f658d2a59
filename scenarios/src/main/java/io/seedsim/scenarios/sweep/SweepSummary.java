package io.seedsim.scenarios.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import org.apache.commons.math3.distribution.BetaDistribution;

/**
 * The result of a sweep. Outcomes are sorted by (scenario, seed) whatever order they finished in,
 * so reports are deterministic apart from timing fields. Every planned run is accounted for: it
 * passed, failed, met an environment error, or is in {@link #notRun()}.
 *
 * @param notRun the planned runs that did not run, per scenario, as spans of a shard's seeds
 * @param environmentNote what went wrong around the runs (a worker that died, workers that could
 *     not start), or null
 */
public record SweepSummary(
    SweepScope scope,
    List<RunOutcome> outcomes,
    List<NotRun> notRun,
    StopReason stopReason,
    long wallNanos,
    String environmentNote) {

  private static final Comparator<RunOutcome> BY_SCENARIO_AND_SEED =
      Comparator.comparing(RunOutcome::scenario).thenComparingLong(RunOutcome::seed);

  public SweepSummary {
    outcomes = outcomes.stream().sorted(BY_SCENARIO_AND_SEED).toList();
    notRun = List.copyOf(notRun);
  }

  /** The summary of a sweep of {@code scope}: what did not run is what has no outcome. */
  public static SweepSummary of(
      SweepScope scope,
      List<RunOutcome> outcomes,
      StopReason stopReason,
      long wallNanos,
      String environmentNote) {
    List<RunOutcome> sorted = outcomes.stream().sorted(BY_SCENARIO_AND_SEED).toList();
    return new SweepSummary(
        scope, sorted, notRun(scope, sorted), stopReason, wallNanos, environmentNote);
  }

  /** Runs that have an outcome: passed or failed. */
  public long runs() {
    return outcomes.stream().filter(o -> !o.hadEnvironmentError()).count();
  }

  public List<RunOutcome> failures() {
    return outcomes.stream().filter(RunOutcome::failed).toList();
  }

  public long failed() {
    return outcomes.stream().filter(RunOutcome::failed).count();
  }

  public List<RunOutcome> environmentErrors() {
    return outcomes.stream().filter(RunOutcome::hadEnvironmentError).toList();
  }

  public boolean allPassed() {
    return failed() == 0;
  }

  /** Whether every planned run has an outcome (nothing stopped it, nothing cut it short). */
  public boolean complete() {
    return runs() == scope.plannedRuns();
  }

  private static List<NotRun> notRun(SweepScope scope, List<RunOutcome> outcomes) {
    List<NotRun> spans = new ArrayList<>();
    Shard shard = scope.shard();
    long inShard = shard.seedsIn(scope.seeds());
    for (String scenario : scope.scenarios().stream().sorted().toList()) {
      long next = 0; // index, within the shard, of the first seed not yet seen
      for (RunOutcome outcome : outcomes) {
        if (outcome.scenario().equals(scenario)) {
          long index = (outcome.seed() - shard.seedAt(scope.seeds(), 0)) / shard.count();
          addSpan(scope, spans, scenario, next, index - 1);
          next = index + 1;
        }
      }
      addSpan(scope, spans, scenario, next, inShard - 1);
    }
    return spans;
  }

  private static void addSpan(
      SweepScope scope, List<NotRun> spans, String scenario, long fromIndex, long toIndex) {
    if (fromIndex <= toIndex) {
      spans.add(
          new NotRun(
              scenario,
              scope.shard(),
              scope.shard().seedAt(scope.seeds(), fromIndex),
              scope.shard().seedAt(scope.seeds(), toIndex),
              toIndex - fromIndex + 1));
    }
  }

  /** How many planned runs did not run (environment errors not included). */
  public long notRunCount() {
    return notRun.stream().mapToLong(NotRun::seeds).sum();
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
