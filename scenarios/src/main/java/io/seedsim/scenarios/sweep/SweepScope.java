package io.seedsim.scenarios.sweep;

import io.seedsim.testkit.SeedRange;
import java.util.List;

/**
 * What a sweep covers, by name: enough to describe and report it without the scenarios
 * themselves, so {@code merge} can rebuild the summary of shards' reports.
 *
 * @param selection what the user asked for: a scenario name or {@code all}
 * @param scenarios the names of the scenarios run, in plan order
 * @param maxFailures {@link Long#MAX_VALUE} when there was no limit
 */
public record SweepScope(
    String selection,
    List<String> scenarios,
    String variant,
    SeedRange seeds,
    Shard shard,
    long maxFailures) {

  public SweepScope {
    scenarios = List.copyOf(scenarios);
  }

  /** Runs in the scope: every scenario for every seed of the range in the shard. */
  public long plannedRuns() {
    return Math.multiplyExact(shard.seedsIn(seeds), scenarios.size());
  }

  /** For example {@code sweep chaos variant none seeds 0..99 shard 1/4}. */
  public String describe() {
    return "sweep "
        + selection
        + " variant "
        + variant
        + " seeds "
        + seeds
        + (shard.equals(Shard.ALL) ? "" : " shard " + shard);
  }
}
