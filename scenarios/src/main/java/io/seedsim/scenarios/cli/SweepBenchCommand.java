package io.seedsim.scenarios.cli;

import io.seedsim.testkit.Scenario;
import io.seedsim.testkit.ScenarioRegistry;
import io.seedsim.testkit.Variants;
import io.seedsim.testkit.SeedRange;
import io.seedsim.scenarios.sweep.Shard;
import io.seedsim.scenarios.sweep.Sweep;
import io.seedsim.scenarios.sweep.SweepPlan;
import io.seedsim.scenarios.sweep.SweepSummary;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code seedsim bench sweep}: how fast each registered scenario sweeps. Prints figures only. */
@Command(
    name = "sweep",
    mixinStandardHelpOptions = true,
    description =
        "Sweep each registered scenario over N seeds; print seeds/s, events/run, events/s and"
            + " virtual/wall time.")
public final class SweepBenchCommand implements Callable<Integer> {
  private final ScenarioRegistry registry;

  @Spec CommandSpec spec;

  @Option(
      names = "--seeds",
      paramLabel = "N",
      defaultValue = "200",
      description = "Seeds per scenario, from 0 (default: ${DEFAULT-VALUE}).")
  int seeds;

  @Option(
      names = "--jobs",
      paramLabel = "J",
      description = "Parallel workers (default: the number of processors).")
  Integer jobs;

  @Option(
      names = "--scenario",
      paramLabel = "S",
      description = "Only this scenario (default: all).")
  String only;

  public SweepBenchCommand(ScenarioRegistry registry) {
    this.registry = registry;
  }

  @Override
  public Integer call() {
    int workers =
        jobs == null
            ? Runtime.getRuntime().availableProcessors()
            : OptionValues.atLeastOne("--jobs", jobs);
    OptionValues.atLeastOne("--seeds", seeds);
    List<Scenario> scenarios = OptionValues.scenarios(registry, only == null ? "all" : only);
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        Locale.ROOT,
        "sweep bench: %d seeds per scenario, %d jobs, Java %s%n",
        seeds,
        workers,
        Runtime.version());
    for (Scenario scenario : scenarios) {
      SweepPlan plan =
          new SweepPlan(
              scenario.name(),
              List.of(scenario),
              Variants.NONE,
              new SeedRange(0, seeds - 1L),
              Shard.ALL,
              workers,
              Long.MAX_VALUE);
      out.println(line(new Sweep(plan).run()));
      out.flush();
    }
    return ExitCodes.OK;
  }

  static String line(SweepSummary summary) {
    double wall = summary.wallSeconds();
    long runs = summary.runs();
    return String.format(
        Locale.ROOT,
        "scenario %s: %d seeds in %.3f s, %.1f seeds/s, %.0f events/run, %.0f events/s,"
            + " virtual/wall %.1fx, %d failed",
        summary.scope().selection(),
        runs,
        wall,
        summary.seedsPerSecond(),
        runs == 0 ? 0.0 : (double) summary.events() / runs,
        wall == 0 ? 0.0 : summary.events() / wall,
        wall == 0 ? 0.0 : summary.virtualMicros() / 1e6 / wall,
        summary.failed());
  }
}
