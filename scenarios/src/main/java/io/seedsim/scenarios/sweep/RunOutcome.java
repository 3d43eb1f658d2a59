package io.seedsim.scenarios.sweep;

import io.seedsim.testkit.Replay;
import io.seedsim.testkit.RunResult;

/**
 * What a sweep keeps of one run: a {@link RunResult} without its artifacts, so a long sweep does
 * not hold every history and trace in memory.
 *
 * @param failure one line, or null when the run passed or had no outcome
 * @param environmentError what failed instead of the run (out of memory, ...), or null: such a run
 *     neither passed nor failed
 * @param traceHash null when the scenario threw before producing a trace
 * @param replayOptions what the replay command needs after scenario, seed and variant ("" for the
 *     built-in scenarios; see {@link SweepPlan#replayOptions})
 */
public record RunOutcome(
    String scenario,
    long seed,
    String variant,
    String failure,
    String environmentError,
    String traceHash,
    long virtualMicros,
    long events,
    long wallNanos,
    String replayOptions) {

  static RunOutcome of(RunResult result, long wallNanos, String replayOptions) {
    return new RunOutcome(
        result.scenario(),
        result.seed(),
        result.variant(),
        result.failure(),
        null,
        result.traceHash(),
        result.virtualMicros(),
        result.events(),
        wallNanos,
        replayOptions);
  }

  static RunOutcome environmentError(
      String scenario, long seed, String variant, String what, long wallNanos, String replayOptions) {
    return new RunOutcome(scenario, seed, variant, null, what, null, 0, 0, wallNanos, replayOptions);
  }

  public boolean passed() {
    return failure == null && environmentError == null;
  }

  public boolean failed() {
    return failure != null;
  }

  /** A run the environment cut short: it says nothing about the system under test. */
  public boolean hadEnvironmentError() {
    return environmentError != null;
  }

  public String replayCommand() {
    return Replay.command(scenario, seed, variant, replayOptions);
  }
}
