package io.seedsim.scenarios.cli;

import io.seedsim.testkit.CaseFile;
import io.seedsim.testkit.FailureCase;
import io.seedsim.testkit.RunResult;
import io.seedsim.testkit.Scenario;
import io.seedsim.testkit.Shrinker;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/** {@code run --shrink CASE}: shrinks the failing run, writes the case, prints what it removed. */
final class ShrinkRun {
  private ShrinkRun() {}

  /** The seconds {@code --shrink-time} takes: positive and at most a day. */
  static Duration time(double seconds) {
    if (!(seconds > 0) || seconds > 86_400) {
      throw new UsageError("--shrink-time " + seconds + ": give a number of seconds above 0 (default 60)");
    }
    return Duration.ofNanos((long) (seconds * 1e9));
  }

  /**
   * Shrinks {@code failed} into {@code file}, which {@code command} replays; returns the case's run
   * (for its artifacts), or null when the case could not be written (said on {@code err}).
   */
  static RunResult shrink(Scenario scenario, RunResult failed, OutputFile file, String command, Duration time,
      PrintWriter out, PrintWriter err) {
    Shrinker.Shrunk shrunk = new Shrinker(time).shrink(scenario, failed.seed(), failed.variant());
    FailureCase c = shrunk.failureCase();
    out.println(summary(shrunk));
    out.flush();
    if (!file.writeTelling(f -> CaseFile.write(c, f), "seedsim run", err)) {
      return null;
    }
    out.println("reason: " + c.failure());
    out.println("replay: " + command);
    return Shrinker.replay(scenario, c, command);
  }

  /** {@code shrunk: E events, O operations (from E0 events, O0 operations)} and how it went. */
  static String summary(Shrinker.Shrunk shrunk) {
    FailureCase c = shrunk.failureCase();
    return String.format(Locale.ROOT, "shrunk: %s (from %s); %d of %d choices left, %d runs in %.1f s%s",
        c.after().describe(), c.before().describe(), c.after().choices(), c.before().choices(), shrunk.runs(),
        shrunk.took().toMillis() / 1000.0, shrunk.complete() ? "" : " (time budget spent: smaller, perhaps not minimal)");
  }
}
