package io.seedsim.scenarios.cli;

import io.seedsim.testkit.RunArtifacts;
import io.seedsim.testkit.RunResult;
import io.seedsim.testkit.Scenario;
import io.seedsim.testkit.ScenarioRegistry;
import io.seedsim.testkit.GuardedRun;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
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
      required = true,
      paramLabel = "S",
      description = "The scenario to run.")
  String scenarioName;

  @Option(
      names = "--seed",
      required = true,
      paramLabel = "N",
      description = "The seed (a whole number from 0).")
  String seedText;

  @Mixin VariantOption variant;

  @Option(
      names = "--history",
      paramLabel = "F",
      description = "Write the checked history (JSON lines).")
  Path historyFile;

  @Option(
      names = "--trace",
      paramLabel = "F",
      description = "Write the full event trace (JSON lines).")
  Path traceFile;

  @Option(
      names = "--html",
      paramLabel = "F",
      description = "Write the visualization (one HTML page).")
  Path htmlFile;

  public RunCommand(ScenarioRegistry registry) {
    this.registry = registry;
  }

  @Override
  public Integer call() {
    Scenario scenario = OptionValues.scenario(registry, scenarioName);
    String variantName = OptionValues.variant(registry, variant.name);
    long seed = OptionValues.seed("--seed", seedText);
    OutputFile history = OutputFile.check("--history", historyFile);
    OutputFile trace = OutputFile.check("--trace", traceFile);
    OutputFile html = OutputFile.check("--html", htmlFile);
    OutputFile.requireDistinct(history, trace, html);
    RunResult result = GuardedRun.execute(scenario, seed, variantName);
    PrintWriter out = spec.commandLine().getOut();
    out.println(outcomeLine(result));
    if (!result.passed()) {
      out.println("reason: " + result.failure());
      out.println("replay: " + result.replayCommand());
    }
    out.flush();
    RunArtifacts artifacts = result.artifacts();
    boolean written =
        write(history, artifacts::writeHistory)
            & write(trace, artifacts::writeTrace)
            & write(html, artifacts::writeHtml);
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
