package io.seedsim.scenarios.cli;

import io.seedsim.testkit.ScenarioRegistry;
import io.seedsim.scenarios.sweep.CancelOnShutdown;
import io.seedsim.scenarios.sweep.ProgressDisplay;
import io.seedsim.scenarios.sweep.Shard;
import io.seedsim.scenarios.sweep.ShrunkCases;
import io.seedsim.scenarios.sweep.StopReason;
import io.seedsim.scenarios.sweep.SummaryText;
import io.seedsim.scenarios.sweep.Sweep;
import io.seedsim.scenarios.sweep.SweepPlan;
import io.seedsim.scenarios.sweep.SweepSummary;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "sweep",
    mixinStandardHelpOptions = true,
    description = "Run a scenario (or all) over a range of seeds, in parallel, with a summary.")
public final class SweepCommand implements Callable<Integer> {
  private final ScenarioRegistry registry;

  @Spec CommandSpec spec;

  @Option(
      names = "--scenario",
      required = true,
      paramLabel = "S|all",
      description = "A scenario, or all of them.")
  String selection;

  @Option(
      names = "--seeds",
      required = true,
      paramLabel = "A..B",
      description = "Seeds A to B inclusive, or one seed N.")
  String seedsText;

  @Mixin VariantOption variant;

  @Mixin RegistryOptions registryOptions;

  @Option(
      names = "--jobs",
      paramLabel = "J",
      description = "Parallel workers (default: the number of processors).")
  Integer jobs;

  @Option(
      names = "--shard",
      paramLabel = "K/N",
      description = "Run only the seeds s with s mod N = K.")
  String shardText;

  @Option(
      names = "--max-failures",
      paramLabel = "M",
      description = "Stop starting runs after M failures.")
  Integer maxFailures;

  @Option(names = "--junit", paramLabel = "F", description = "Write a JUnit XML report.")
  Path junitFile;

  @Option(names = "--report", paramLabel = "F", description = "Write the summary as JSON.")
  Path reportFile;

  @Option(
      names = "--shrink",
      paramLabel = "DIR",
      description = "Shrink each failing run (up to --max-failures, else the first "
          + SweepShrink.DEFAULT_LIMIT + ") to a minimal case file in DIR; the summary gives each case's command.")
  Path shrinkDir;

  @Option(
      names = "--shrink-time",
      paramLabel = "SECONDS",
      defaultValue = "60",
      description = "How long each shrink may search (default: ${DEFAULT-VALUE}).")
  double shrinkSeconds;

  public SweepCommand(ScenarioRegistry registry) {
    this.registry = registry;
  }

  @Override
  public Integer call() {
    SweepPlan plan = plan();
    SweepReports reports = SweepReports.check(reportFile, junitFile, plan.scope());
    SweepShrink shrink = shrinkDir == null ? null
        : SweepShrink.check(plan.scenarios(), shrinkDir, ShrinkRun.time(shrinkSeconds), maxFailures,
            plan.replayOptions());
    Sweep sweep = new Sweep(plan);
    SweepSummary summary;
    boolean written;
    try (CancelOnShutdown ctrlC = CancelOnShutdown.install(sweep::cancel)) {
      try (ProgressDisplay progress =
          ProgressDisplay.forConsole(sweep::status, spec.commandLine().getErr())) {
        summary = sweep.run();
      }
      ShrunkCases cases = shrink == null ? ShrunkCases.NONE : shrink.shrinkAll(summary, spec.commandLine().getErr());
      SummaryText.print(summary, cases, spec.commandLine().getOut());
      written = reports.write(summary, cases, "seedsim sweep", spec.commandLine().getErr());
    }
    return exitCode(summary, written);
  }

  /** 1 when a run failed, else 4 when the environment cut a run short or a report is missing. */
  static int exitCode(SweepSummary summary, boolean reportsWritten) {
    if (!summary.allPassed()) {
      return ExitCodes.FAILED;
    }
    boolean environment =
        !summary.environmentErrors().isEmpty()
            || summary.stopReason() == StopReason.ENVIRONMENT_ERROR
            || !reportsWritten;
    return environment ? ExitCodes.ENVIRONMENT : ExitCodes.OK;
  }

  SweepPlan plan() {
    ScenarioRegistry registry = registryOptions.choose(this.registry);
    var scenarios = OptionValues.scenarios(registry, selection);
    String variantName = OptionValues.variant(registry, variant.name);
    var seeds = OptionValues.seeds("--seeds", seedsText);
    Shard shard = shardText == null ? Shard.ALL : OptionValues.shard(shardText);
    int workers = OptionValues.jobs(jobs);
    long failures =
        maxFailures == null
            ? Long.MAX_VALUE
            : OptionValues.atLeastOne("--max-failures", maxFailures);
    try {
      return new SweepPlan(selection, scenarios, variantName, seeds, shard, workers, failures,
          registryOptions.replayOptions());
    } catch (IllegalArgumentException e) {
      throw new UsageError(e.getMessage()); // an empty shard, or more runs than a long counts
    }
  }
}
