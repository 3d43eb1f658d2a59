package io.seedsim.scenarios.sweep;

import io.seedsim.testkit.SeedRange;
import io.seedsim.testkit.Scenario;
import java.util.List;

/**
 * What a sweep runs: each scenario for each seed of the range that falls in the shard.
 *
 * @param selection what the user asked for: a scenario name or {@code all}
 * @param maxFailures stop starting runs after this many failures ({@link Long#MAX_VALUE}: never)
 * @param replayOptions what every replay command needs after scenario, seed and variant: "" for
 *     the built-in scenarios, {@code " --classpath CP --registry CLASS"} for a user's
 */
public record SweepPlan(
    String selection,
    List<Scenario> scenarios,
    String variant,
    SeedRange seeds,
    Shard shard,
    int jobs,
    long maxFailures,
    String replayOptions) {

  /** One run of the plan. */
  public record Job(Scenario scenario, long seed) {}

  /** A plan of built-in scenarios. */
  public SweepPlan(
      String selection, List<Scenario> scenarios, String variant, SeedRange seeds, Shard shard, int jobs,
      long maxFailures) {
    this(selection, scenarios, variant, seeds, shard, jobs, maxFailures, "");
  }

  public SweepPlan {
    scenarios = List.copyOf(scenarios);
    if (scenarios.isEmpty()) {
      throw new IllegalArgumentException("a sweep needs at least one scenario");
    }
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be at least 1");
    }
    if (maxFailures < 1) {
      throw new IllegalArgumentException("max failures must be at least 1");
    }
    try {
      if (plannedRuns(scenarios.size(), seeds, shard) == 0) {
        throw new IllegalArgumentException(
            "shard " + shard + " holds no seed of " + seeds + " (no seed s has s mod "
                + shard.count() + " = " + shard.index() + ")");
      }
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "seeds " + seeds + " make more runs than a sweep counts (at most " + Long.MAX_VALUE
              + "); split it into smaller ranges");
    }
  }

  private static long plannedRuns(int scenarios, SeedRange seeds, Shard shard) {
    return Math.multiplyExact(shard.seedsIn(seeds), scenarios);
  }

  /** The plan by name, as reports describe it. */
  public SweepScope scope() {
    return new SweepScope(
        selection, scenarios.stream().map(Scenario::name).toList(), variant, seeds, shard,
        maxFailures);
  }

  public SweepPlan withMaxFailures(long failures) {
    return new SweepPlan(selection, scenarios, variant, seeds, shard, jobs, failures, replayOptions);
  }

  public long plannedRuns() {
    return plannedRuns(scenarios.size(), seeds, shard);
  }

  /**
   * The {@code index}-th run, seed by seed: every scenario runs seed s before any runs the next
   * seed, so a sweep stopped early has covered its scenarios evenly.
   */
  public Job job(long index) {
    int count = scenarios.size();
    long seed = shard.seedAt(seeds, index / count);
    return new Job(scenarios.get((int) (index % count)), seed);
  }
}
