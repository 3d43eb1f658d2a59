package io.seedsim.scenarios.bench;

import io.seedsim.scenarios.lab.CheckerClock;
import io.seedsim.scenarios.lab.LabScenarios;
import io.seedsim.scenarios.sweep.Shard;
import io.seedsim.scenarios.sweep.Sweep;
import io.seedsim.scenarios.sweep.SweepPlan;
import io.seedsim.scenarios.sweep.SweepSummary;
import io.seedsim.testkit.SeedRange;
import io.seedsim.testkit.Variants;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * The checker's share of a lab sweep: for each scenario, a sweep on one worker after a warm-up
 * sweep, and the time its runs spent in the linearizability check against the sweep's wall time.
 */
public final class CheckerSweepShare {
  private CheckerSweepShare() {}

  public static final List<String> SCENARIOS = List.of("basic", "concurrent");

  /** Prints one line per scenario; returns the largest share. */
  public static double print(PrintWriter out, int seeds) {
    double largest = 0;
    for (String name : SCENARIOS) {
      sweep(name, 0, Math.max(1, seeds / 4)); // warm-up: the JIT, not the figure
      long before = CheckerClock.nanos();
      SweepSummary summary = sweep(name, 1_000, seeds);
      double checkSeconds = (CheckerClock.nanos() - before) / 1e9;
      double share = checkSeconds / summary.wallSeconds();
      largest = Math.max(largest, share);
      out.printf(Locale.ROOT, "sweep share %s: %d seeds on 1 worker in %.3f s, checker %.3f s = %.1f%% of the sweep%n",
          name, summary.runs(), summary.wallSeconds(), checkSeconds, 100 * share);
      out.flush();
    }
    return largest;
  }

  private static SweepSummary sweep(String name, long firstSeed, int seeds) {
    SweepPlan plan = new SweepPlan(name, List.of(LabScenarios.byName(name)), Variants.NONE,
        new SeedRange(firstSeed, firstSeed + seeds - 1L), Shard.ALL, 1, Long.MAX_VALUE);
    return new Sweep(plan).run();
  }
}
