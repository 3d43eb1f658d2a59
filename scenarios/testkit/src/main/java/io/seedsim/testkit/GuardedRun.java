package io.seedsim.testkit;

import io.seedsim.sim.run.Trace;

/**
 * Runs one seed so that nothing the scenario does can escape: an exception, an Error such as
 * StackOverflowError, or a missing result all become a failed {@link RunResult}. The exception is
 * the environment's failure (out of memory, no thread, a class that cannot load): that is thrown
 * as an {@link EnvironmentError}, since it says nothing about the system under test.
 */
public final class GuardedRun {
  private GuardedRun() {}

  public static RunResult execute(Scenario scenario, long seed, String variant) {
    return execute(scenario, seed, variant, Trace.Mode.HASH_ONLY);
  }

  /** As {@link #execute(Scenario, long, String)}, keeping the trace as {@code traceMode} says. */
  public static RunResult execute(Scenario scenario, long seed, String variant, Trace.Mode traceMode) {
    RunResult result;
    try {
      result = traceMode == Trace.Mode.HASH_ONLY ? scenario.run(seed, variant) : scenario.run(seed, variant, traceMode);
    } catch (Throwable thrown) { // Errors too: a sweep must survive anything a scenario throws
      Throwable environmental = EnvironmentError.rootOf(thrown);
      if (environmental != null) {
        throw new EnvironmentError(environmental);
      }
      return failed(scenario, seed, variant, "threw " + describe(thrown));
    }
    if (result == null) {
      return failed(scenario, seed, variant, "the scenario returned no result");
    }
    if (result.failure() != null && result.failure().contains("\n")) {
      return new RunResult(
          result.scenario(),
          result.seed(),
          result.variant(),
          oneLine(result.failure()),
          result.traceHash(),
          result.virtualMicros(),
          result.events(),
          result.operations(),
          result.artifacts());
    }
    return result;
  }

  /**
   * The exception's class and message on one line, for example {@code IllegalStateException: x}.
   */
  public static String describe(Throwable thrown) {
    String message = thrown.getMessage();
    String name = thrown.getClass().getSimpleName();
    return message == null || message.isBlank() ? name : name + ": " + oneLine(message);
  }

  static String oneLine(String text) {
    return text.strip().replaceAll("\\s*\\R\\s*", " | ");
  }

  private static RunResult failed(Scenario scenario, long seed, String variant, String reason) {
    return new RunResult(scenario.name(), seed, variant, reason, null, 0, 0, RunArtifacts.NONE);
  }
}
