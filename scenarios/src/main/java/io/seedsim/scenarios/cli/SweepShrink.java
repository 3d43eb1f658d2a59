package io.seedsim.scenarios.cli;

import io.seedsim.scenarios.sweep.RunOutcome;
import io.seedsim.scenarios.sweep.ShrunkCases;
import io.seedsim.scenarios.sweep.SweepSummary;
import io.seedsim.testkit.CaseFile;
import io.seedsim.testkit.FailureCase;
import io.seedsim.testkit.GuardedRun;
import io.seedsim.testkit.Scenario;
import io.seedsim.testkit.Shrinker;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** {@code sweep --shrink DIR}: after the sweep, each failing run shrunk to DIR/SCENARIO-seed-N.json. */
final class SweepShrink {
  /** Failures shrunk when --max-failures does not say how many. */
  static final int DEFAULT_LIMIT = 10;

  /** The sweep's scenarios: the user's, with --registry. */
  private final List<Scenario> scenarios;
  private final Path dir;
  private final Duration time;
  private final long limit;
  /** What each case's command needs to find the scenario ("" for the built-in ones). */
  private final String replayOptions;

  private SweepShrink(List<Scenario> scenarios, Path dir, Duration time, long limit, String replayOptions) {
    this.scenarios = scenarios;
    this.dir = dir;
    this.time = time;
    this.limit = limit;
    this.replayOptions = replayOptions;
  }

  /** Makes DIR (before any run, so a bad path costs nothing). */
  static SweepShrink check(List<Scenario> scenarios, Path dir, Duration time, Integer maxFailures,
      String replayOptions) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UsageError("--shrink " + dir + ": cannot make the directory: " + FileErrors.describe(e));
    }
    if (!Files.isWritable(dir)) {
      throw new UsageError("--shrink " + dir + ": the directory is not writable");
    }
    return new SweepShrink(scenarios, dir, time, maxFailures == null ? DEFAULT_LIMIT : maxFailures, replayOptions);
  }

  ShrunkCases shrinkAll(SweepSummary summary, PrintWriter err) {
    ShrunkCases cases = new ShrunkCases();
    long done = 0;
    for (RunOutcome failure : summary.failures()) {
      if (done == limit) {
        cases.skip();
        continue;
      }
      done++;
      err.println("seedsim sweep: shrinking " + failure.scenario() + " seed " + failure.seed() + " ...");
      err.flush();
      try {
        Shrinker.Shrunk shrunk = new Shrinker(time)
            .shrink(scenario(failure.scenario()), failure.seed(), failure.variant());
        Path file = dir.resolve(failure.scenario() + "-seed-" + failure.seed() + ".json");
        CaseFile.write(shrunk.failureCase(), file);
        FailureCase c = shrunk.failureCase();
        cases.add(failure, new ShrunkCases.Shrunk(FailureCase.replayCommand(file.toString(), replayOptions),
            c.after().describe() + ", from " + c.before().describe()));
      } catch (IOException | RuntimeException e) {
        err.println("seedsim sweep: " + failure.scenario() + " seed " + failure.seed() + " not shrunk: "
            + GuardedRun.describe(e));
      }
    }
    err.flush();
    return cases;
  }

  private Scenario scenario(String name) {
    return scenarios.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }
}
