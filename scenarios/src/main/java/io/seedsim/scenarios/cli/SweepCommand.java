package io.seedsim.scenarios.cli;

import io.seedsim.testkit.ScenarioRegistry;
import io.seedsim.scenarios.sweep.CancelOnShutdown;
import io.seedsim.scenarios.sweep.JUnitXmlReport;
import io.seedsim.scenarios.sweep.JsonReport;
import io.seedsim.scenarios.sweep.ProgressDisplay;
import io.seedsim.scenarios.sweep.Shard;
import io.seedsim.scenarios.sweep.SummaryText;
import io.seedsim.scenarios.sweep.Sweep;
import io.seedsim.scenarios.sweep.SweepPlan;
import io.seedsim.scenarios.sweep.SweepSummary;
import java.io.IOException;
import java.nio.file.Files;
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

  public SweepCommand(ScenarioRegistry registry) {
    this.registry = registry;
  }

  @Override
  public Integer call() {
    SweepPlan plan = plan();
    requireDirectory("--report", reportFile);
    requireDirectory("--junit", junitFile);
    Sweep sweep = new Sweep(plan);
    SweepSummary summary;
    try (CancelOnShutdown ctrlC = CancelOnShutdown.install(sweep::cancel)) {
      try (ProgressDisplay progress =
          ProgressDisplay.forConsole(sweep::status, spec.commandLine().getErr())) {
        summary = sweep.run();
      }
      SummaryText.print(summary, spec.commandLine().getOut());
      writeReports(summary);
    }
    return summary.allPassed() ? ExitCodes.OK : ExitCodes.FAILED;
  }

  SweepPlan plan() {
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
      return new SweepPlan(selection, scenarios, variantName, seeds, shard, workers, failures);
    } catch (IllegalArgumentException e) {
      throw new UsageError(e.getMessage()); // an empty shard, or more runs than a long counts
    }
  }

  /** Fails before the sweep, not after it, when a report could not be written. */
  private static void requireDirectory(String option, Path file) {
    if (file == null) {
      return;
    }
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new UsageError(option + " " + file + ": the directory does not exist");
    }
  }

  private void writeReports(SweepSummary summary) {
    try {
      if (reportFile != null) {
        JsonReport.write(summary, reportFile);
      }
    } catch (IOException e) {
      throw new UsageError("--report " + reportFile + ": cannot write: " + FileErrors.describe(e));
    }
    try {
      if (junitFile != null) {
        JUnitXmlReport.write(summary, junitFile);
      }
    } catch (IOException e) {
      throw new UsageError("--junit " + junitFile + ": cannot write: " + FileErrors.describe(e));
    }
  }
}
