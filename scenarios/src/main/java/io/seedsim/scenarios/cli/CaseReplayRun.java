package io.seedsim.scenarios.cli;

import io.seedsim.testkit.CaseFile;
import io.seedsim.testkit.FailureCase;
import io.seedsim.testkit.RunResult;
import io.seedsim.testkit.Scenario;
import io.seedsim.testkit.ScenarioRegistry;
import io.seedsim.testkit.Shrinker;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** {@code run --case CASE}: replays a shrunk case exactly and says how it compares. */
final class CaseReplayRun {
  private CaseReplayRun() {}

  /** @param replayOptions what the replay command needs to find the scenario ("" for the built-in ones) */
  static RunResult replay(ScenarioRegistry registry, Path file, String replayOptions, PrintWriter out) {
    FailureCase c;
    try {
      c = CaseFile.read(file);
    } catch (CaseFile.CaseFileException e) {
      throw new UsageError("--case " + e.getMessage());
    } catch (NoSuchFileException e) {
      throw new UsageError("--case " + file + ": no such file");
    } catch (IOException e) {
      throw new UsageError("--case " + file + ": cannot read: " + FileErrors.describe(e));
    }
    String elsewhere = replayOptions.isEmpty() ? " (a scenario of your own? give --classpath CP --registry CLASS)" : "";
    Scenario scenario = registry.find(c.scenario()).orElseThrow(() -> new UsageError(
        "--case " + file + ": scenario " + c.scenario() + " is not known here" + elsewhere));
    if (!registry.hasVariant(c.variant())) {
      throw new UsageError("--case " + file + ": variant " + c.variant() + " is not known here");
    }
    String command = FailureCase.replayCommand(file.toString(), replayOptions);
    RunResult result = Shrinker.replay(scenario, c, command);
    out.println(RunCommand.outcomeLine(result));
    out.println("case: shrunk from seed " + c.seed() + " (" + c.before().describe() + ") to " + c.after().describe());
    if (c.traceHash() != null && !c.traceHash().equals(result.traceHash())) {
      out.println("note: the case was recorded with trace " + c.traceHash() + " by " + c.build()
          + "; this build (" + FailureCase.currentBuild() + ") replays it differently");
    }
    if (!result.passed()) {
      out.println("reason: " + result.failure());
      out.println("replay: " + command);
    }
    return result;
  }
}
