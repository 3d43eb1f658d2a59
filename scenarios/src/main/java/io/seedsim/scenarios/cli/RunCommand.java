package io.seedsim.scenarios.cli;

import io.seedsim.testkit.RunArtifacts;
import io.seedsim.testkit.RunResult;
import io.seedsim.testkit.Scenario;
import io.seedsim.testkit.ScenarioRegistry;
import io.seedsim.testkit.DeterminismCheck;
import io.seedsim.testkit.Divergence;
import io.seedsim.testkit.FailureArtifacts;
import io.seedsim.testkit.FailureCase;
import io.seedsim.testkit.GuardedRun;
import io.seedsim.testkit.Replay;
import io.seedsim.sim.run.Trace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description =
        "Run one scenario for one seed; on failure print the reason and the replay command.")
public final class RunCommand implements Callable<Integer> {
  private final ScenarioRegistry registry;

  @Spec CommandSpec spec;

  @Option(
      names = "--scenario",
      paramLabel = "S",
      description = "The scenario to run (with --seed).")
  String scenarioName;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "The seed (a whole number from 0).")
  String seedText;

  @Option(
      names = "--case",
      paramLabel = "CASE",
      description = "Replay a shrunk case file exactly, instead of --scenario and --seed (a case of your own"
          + " scenario needs the --classpath and --registry it was shrunk with).")
  Path caseFile;

  @Option(
      names = "--shrink",
      paramLabel = "CASE",
      description = "If the run fails, shrink it to a minimal case that fails the same way and write it to CASE;"
          + " --history, --trace and --html then show the case.")
  Path shrinkFile;

  @Option(
      names = "--shrink-time",
      paramLabel = "SECONDS",
      defaultValue = "60",
      description = "How long --shrink may search (default: ${DEFAULT-VALUE}).")
  double shrinkSeconds;

  @Mixin VariantOption variant;

  @Mixin RegistryOptions registryOptions;

  @Option(
      names = "--history",
      paramLabel = "F",
      description = "Write the checked history (JSON lines).")
  Path historyFile;

  @Option(
      names = "--trace",
      paramLabel = "F",
      description = "Write the full trace (JSON lines, one record per line: docs/trace-format.md).")
  Path traceFile;

  @Option(
      names = "--html",
      paramLabel = "F",
      description = "Write the visualization (one HTML page).")
  Path htmlFile;

  @Option(
      names = "--artifacts",
      paramLabel = "DIR",
      description = "On failure, write page.html, trace.jsonl and history.jsonl into DIR (made if missing).")
  Path artifactsDir;

  @Option(
      names = "--check-determinism",
      description = "Run the seed twice and fail (exit 1) if the traces differ, naming the first line where they do.")
  boolean checkDeterminism;

  public RunCommand(ScenarioRegistry registry) {
    this.registry = registry;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ScenarioRegistry registry = registryOptions.choose(this.registry);
    if (caseFile != null) {
      if (scenarioName != null || seedText != null || shrinkFile != null
          || spec.commandLine().getParseResult().hasMatchedOption("--variant")) {
        throw new UsageError("--case replays a case file: give it without --scenario, --seed, --variant or --shrink");
      }
      OutputFile[] files = outputFiles();
      RunResult replayed = CaseReplayRun.replay(registry, caseFile, registryOptions.replayOptions(), out);
      out.flush();
      return finish(replayed, replayed.artifacts(), files);
    }
    if (scenarioName == null || seedText == null) {
      String missing = scenarioName == null ? "'--scenario=S'" : "'--seed=N'";
      throw new UsageError("Missing required option: " + missing + " (see seedsim run --help; or give --case CASE)");
    }
    Scenario scenario = OptionValues.scenario(registry, scenarioName);
    String variantName = OptionValues.variant(registry, variant.name);
    long seed = OptionValues.seed("--seed", seedText);
    Duration shrinkTime = ShrinkRun.time(shrinkSeconds);
    OutputFile[] files = outputFiles();
    OutputFile shrinkOut = OutputFile.check("--shrink", shrinkFile);
    OutputFile.requireDistinct(files[0], files[1], files[2], shrinkOut);
    Optional<Divergence> divergence = Optional.empty();
    RunResult result;
    if (checkDeterminism) {
      DeterminismCheck.Report report = DeterminismCheck.check(scenario, seed, variantName);
      result = report.first();
      divergence = report.divergence();
    } else {
      // A run whose trace or page is asked for keeps its full trace, so they show this very run.
      boolean keepTrace = traceFile != null || htmlFile != null || artifactsDir != null;
      result = GuardedRun.execute(scenario, seed, variantName, keepTrace ? Trace.Mode.FULL : Trace.Mode.HASH_ONLY);
    }
    out.println(outcomeLine(result));
    String replay = Replay.command(result.scenario(), seed, result.variant(), registryOptions.replayOptions())
        + (checkDeterminism ? " --check-determinism" : "");
    if (!result.passed()) {
      out.println("reason: " + result.failure());
    }
    divergence.ifPresent(d -> out.println(d.describe()));
    if (!result.passed() || divergence.isPresent()) {
      if (artifactsDir != null) {
        out.println(FailureArtifacts.write(result, artifactsDir, replay));
      }
      out.println("replay: " + replay);
    }
    out.flush();
    if (shrinkFile != null) {
      if (result.passed()) {
        throw new UsageError("--shrink " + shrinkFile + ": the run passes, so there is no failure to shrink");
      }
      result = ShrinkRun.shrink(scenario, result, shrinkOut, FailureCase.replayCommand(shrinkFile.toString(),
          registryOptions.replayOptions()), shrinkTime, out, spec.commandLine().getErr());
      out.flush();
      if (result == null) {
        return ExitCodes.ENVIRONMENT; // the case could not be written, and was said so
      }
    }
    // A shrunk case's artifacts name its case command; a user's scenario's page, its --registry.
    int code = finish(result, result.artifacts().replayedBy(replay), files);
    return divergence.isPresent() ? ExitCodes.FAILED : code;
  }

  /** --history, --trace and --html, checked before anything runs. */
  private OutputFile[] outputFiles() {
    OutputFile history = OutputFile.check("--history", historyFile);
    OutputFile trace = OutputFile.check("--trace", traceFile);
    OutputFile html = OutputFile.check("--html", htmlFile);
    OutputFile.requireDistinct(history, trace, html);
    return new OutputFile[] {history, trace, html};
  }

  private int finish(RunResult result, RunArtifacts artifacts, OutputFile[] files) {
    boolean written =
        write(files[0], artifacts::writeHistory)
            & write(files[1], artifacts::writeTrace)
            & write(files[2], artifacts::writeHtml);
    if (!result.passed()) {
      return ExitCodes.FAILED;
    }
    return written ? ExitCodes.OK : ExitCodes.ENVIRONMENT; // the paths were fine: a full disk
  }

  /** Writes one artifact atomically; false, with one line on stderr, when it cannot. */
  private boolean write(OutputFile file, OutputFile.Content content) {
    return file == null || file.writeTelling(content, "seedsim run", spec.commandLine().getErr());
  }

  /**
   * For example {@code PASS kv seed 7 variant none trace 3fa2... (1200 events, 2.500 s virtual)}.
   */
  static String outcomeLine(RunResult result) {
    return String.format(
        Locale.ROOT,
        "%s %s seed %d variant %s trace %s (%d events, %.3f s virtual)",
        result.passed() ? "PASS" : "FAIL",
        result.scenario(),
        result.seed(),
        result.variant(),
        result.traceHash() == null ? "none" : result.traceHash(),
        result.events(),
        result.virtualMicros() / 1e6);
  }
}
