package io.seedsim.scenarios.bench;

import io.seedsim.testkit.GuardedRun;
import io.seedsim.testkit.RunResult;
import io.seedsim.testkit.Scenario;
import io.seedsim.testkit.ScenarioRegistry;
import io.seedsim.testkit.Shrinker;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How well and how fast failing runs shrink: for each buggy variant, the first failing seed (seeds
 * in order, each tried in every scenario in the registry's order), shrunk with the time budget.
 */
public final class ShrinkBenchmark {

  /** One variant's row. */
  public record Row(String variant, RunResult original, Shrinker.Shrunk shrunk) {}

  private final ScenarioRegistry registry;
  private final long maxSeeds;
  private final Duration time;

  public ShrinkBenchmark(ScenarioRegistry registry, long maxSeeds, Duration time) {
    this.registry = registry;
    this.maxSeeds = maxSeeds;
    this.time = time;
  }

  /**
   * The first failing run of {@code variant}: seed 0 in every scenario, then seed 1, ... A scenario
   * that refuses the variant before simulating anything (no trace) does not count.
   */
  public Optional<RunResult> firstFailure(String variant) {
    for (long seed = 0; seed < maxSeeds; seed++) {
      for (Scenario scenario : registry.all()) {
        RunResult r = GuardedRun.execute(scenario, seed, variant);
        if (!r.passed() && r.traceHash() != null) { // no trace: the scenario refused the variant
          return Optional.of(r);
        }
      }
    }
    return Optional.empty();
  }

  public List<Row> run(PrintWriter out) {
    out.printf(Locale.ROOT, "%-19s %-18s %5s %16s %14s %8s %8s%n", "variant", "scenario", "seed", "events", "operations",
        "choices", "seconds");
    List<Row> rows = new ArrayList<>();
    for (ScenarioRegistry.VariantInfo v : registry.variants()) {
      Optional<RunResult> failed = firstFailure(v.name());
      if (failed.isEmpty()) {
        out.printf(Locale.ROOT, "%-19s no failing seed in 0..%d%n", v.name(), maxSeeds - 1);
        out.flush();
        continue;
      }
      RunResult original = failed.get();
      Scenario scenario = registry.find(original.scenario()).orElseThrow();
      Shrinker.Shrunk shrunk = new Shrinker(time).shrink(scenario, original.seed(), v.name());
      var c = shrunk.failureCase();
      out.printf(Locale.ROOT, "%-19s %-18s %5d %16s %14s %8s %8.1f%s%n", v.name(), original.scenario(), original.seed(),
          c.before().events() + " -> " + c.after().events(), c.before().operations() + " -> " + c.after().operations(),
          c.after().choices(), shrunk.took().toMillis() / 1000.0, shrunk.complete() ? "" : " (budget spent)");
      out.flush();
      rows.add(new Row(v.name(), original, shrunk));
    }
    summary(rows, out);
    return rows;
  }

  private static void summary(List<Row> rows, PrintWriter out) {
    if (rows.isEmpty()) {
      return;
    }
    double[] ratios = rows.stream()
        .mapToDouble(r -> (double) r.shrunk().failureCase().after().events() / r.shrunk().failureCase().before().events())
        .sorted().toArray();
    double median = ratios.length % 2 == 1 ? ratios[ratios.length / 2]
        : (ratios[ratios.length / 2 - 1] + ratios[ratios.length / 2]) / 2;
    long[] after = rows.stream().mapToLong(r -> r.shrunk().failureCase().after().events()).sorted().toArray();
    double slowest = rows.stream().mapToDouble(r -> r.shrunk().took().toMillis() / 1000.0).max().orElse(0);
    out.printf(Locale.ROOT, "median events after/before: %.1f%%; median events after: %d; slowest shrink: %.1f s%n",
        median * 100, after[after.length / 2], slowest);
  }
}
