package io.seedsim.scenarios.bench;

import io.seedsim.scenarios.lab.HistoryCheck;
import io.seedsim.scenarios.lab.LabScenarios;
import io.seedsim.scenarios.sweep.Shard;
import io.seedsim.scenarios.sweep.Sweep;
import io.seedsim.scenarios.sweep.SweepPlan;
import io.seedsim.testkit.Scenario;
import io.seedsim.testkit.SeedRange;
import io.seedsim.testkit.Variants;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The checker's share of a lab sweep, measured as what the sweep costs with the check against
 * what it costs without: the same seeds on one worker, with no history check, with the check
 * after each run alone (as before the live check, the baseline), and as the lab runs it (the
 * check follows each run and is left to the check after the run only when it cannot settle it).
 * The three are taken in turns, several times, and each figure is the median of its turns, so a
 * machine that slows down during the bench slows all three alike. The difference captures
 * everything the check costs: its own work, and what it does to the processor's caches and the
 * collector.
 */
public final class CheckerSweepShare {
  private CheckerSweepShare() {}

  public static final List<String> SCENARIOS = List.of("basic", "concurrent");

  /** Turns of each of the three sweeps. */
  private static final int TURNS = 5;

  private static final HistoryCheck LIVE = LabScenarios.historyCheck();
  /** The same check without {@link HistoryCheck#follow}: a lambda keeps the default, which follows nothing. */
  private static final HistoryCheck AFTER_THE_RUN = LIVE::violation;

  /**
   * Prints one line per scenario on {@code out}, and on {@code progress} the turn it is in (a
   * scenario takes up to a minute or two); returns the largest share of the check as the lab runs it.
   */
  public static double print(PrintWriter out, PrintWriter progress, int seeds) {
    double largest = 0;
    for (String name : SCENARIOS) {
      Scenario none = scenario(name, HistoryCheck.NONE);
      Scenario after = scenario(name, AFTER_THE_RUN);
      Scenario live = scenario(name, LIVE);
      for (Scenario s : List.of(none, after, live)) {
        wall(s, 0, Math.max(1, seeds / 2)); // warm-up: the JIT, not the figure
      }
      double[][] walls = new double[3][TURNS];
      for (int turn = 0; turn < TURNS; turn++) {
        progress.printf(Locale.ROOT, "sweep share %s: turn %d of %d%n", name, turn + 1, TURNS);
        progress.flush();
        walls[0][turn] = wall(none, 1_000, seeds);
        walls[1][turn] = wall(after, 1_000, seeds);
        walls[2][turn] = wall(live, 1_000, seeds);
      }
      double without = median(walls[0]);
      double baseline = 1 - without / median(walls[1]);
      double share = 1 - without / median(walls[2]);
      largest = Math.max(largest, share);
      out.printf(Locale.ROOT, "sweep share %s: %d seeds on 1 worker (median of %d turns): no check %.3f s, check after"
              + " the run %.3f s (%.1f%% of the sweep), live check %.3f s (%.1f%% of the sweep)%n",
          name, seeds, TURNS, without, median(walls[1]), 100 * baseline, median(walls[2]), 100 * share);
      out.flush();
    }
    return largest;
  }

  private static Scenario scenario(String name, HistoryCheck check) {
    return LabScenarios.all(check).stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }

  private static double wall(Scenario scenario, long firstSeed, int seeds) {
    SweepPlan plan = new SweepPlan(scenario.name(), List.of(scenario), Variants.NONE,
        new SeedRange(firstSeed, firstSeed + seeds - 1L), Shard.ALL, 1, Long.MAX_VALUE);
    return new Sweep(plan).run().wallSeconds();
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
