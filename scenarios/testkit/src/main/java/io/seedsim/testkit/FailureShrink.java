package io.seedsim.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * How {@link SimulationTest} shrinks a failing seed: the case goes to {@code case.json} beside the
 * seed's other artifacts, its page to {@code case.html}, and the failure message gains the lines
 * that say how small it got and how to replay it.
 */
final class FailureShrink {
  /** JUnit configuration parameter: {@code -Dseedsim.shrink=false} switches shrinking off. */
  static final String SHRINK = "seedsim.shrink";
  /** JUnit configuration parameter: the time budget of each shrink, in seconds (default 60). */
  static final String SHRINK_TIME = "seedsim.shrink.time";

  private FailureShrink() {}

  /** Whether to shrink: {@code seedsim.shrink} if given, else the annotation's {@code shrink}. */
  static boolean enabled(SimulationTest test, Optional<String> parameter) {
    return parameter.map(v -> parse(SHRINK, v)).orElse(test.shrink());
  }

  static Duration time(Optional<String> parameter) {
    if (parameter.isEmpty()) {
      return Shrinker.DEFAULT_TIME;
    }
    try {
      double seconds = Double.parseDouble(parameter.get());
      if (seconds > 0 && seconds <= 86_400) {
        return Duration.ofNanos((long) (seconds * 1e9));
      }
    } catch (NumberFormatException e) {
      // falls through to the error below
    }
    throw new ExtensionConfigurationException(SHRINK_TIME + "=" + parameter.get() + ": give seconds above 0");
  }

  /**
   * Shrinks {@code failed} into {@code directory}; returns the lines for the failure message.
   *
   * @param replayOptions what {@code bin/seedsim run} needs to find the scenario ("" for seedsim's)
   */
  static String write(Scenario scenario, RunResult failed, Path directory, Duration time, String replayOptions) {
    try {
      Shrinker.Shrunk shrunk = new Shrinker(time).shrink(scenario, failed.seed(), failed.variant());
      FailureCase c = shrunk.failureCase();
      Files.createDirectories(directory);
      Path file = directory.resolve("case.json");
      CaseFile.write(c, file);
      String command = FailureCase.replayCommand(file.toString(), replayOptions);
      String page = "";
      try {
        Shrinker.replay(scenario, c, command).artifacts().writeHtml(directory.resolve("case.html"));
        page = ", page " + directory.resolve("case.html");
      } catch (IOException | RuntimeException e) {
        page = " (no page: " + GuardedRun.describe(e) + ")";
      }
      return "shrunk: " + c.after().describe() + " (from " + c.before().describe() + ")"
          + (shrunk.complete() ? "" : ", time budget spent") + page + "\nreplay case: " + command;
    } catch (IOException | RuntimeException e) {
      return "not shrunk: " + GuardedRun.describe(e);
    }
  }

  private static boolean parse(String name, String value) {
    if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(value);
    }
    throw new ExtensionConfigurationException(name + "=" + value + ": give true or false");
  }
}
