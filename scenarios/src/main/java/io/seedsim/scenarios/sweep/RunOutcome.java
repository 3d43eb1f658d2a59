package io.seedsim.scenarios.sweep;

import io.seedsim.testkit.Replay;
import io.seedsim.testkit.RunResult;

/**
 * What a sweep keeps of one run: a {@link RunResult} without its artifacts, so a long sweep does
 * not hold every history and trace in memory.
 *
 * @param failure one line, or null when the run passed
 * @param traceHash null when the scenario threw before producing a trace
 */
public record RunOutcome(
    String scenario,
    long seed,
    String variant,
    String failure,
    String traceHash,
    long virtualMicros,
    long events,
    long wallNanos) {

  static RunOutcome of(RunResult result, long wallNanos) {
    return new RunOutcome(
        result.scenario(),
        result.seed(),
        result.variant(),
        result.failure(),
        result.traceHash(),
        result.virtualMicros(),
        result.events(),
        wallNanos);
  }

  public boolean passed() {
    return failure == null;
  }

  public String replayCommand() {
    return Replay.command(scenario, seed, variant);
  }
}
