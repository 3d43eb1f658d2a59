package io.seedsim.testkit;

/**
 * The outcome of one scenario run for one seed.
 *
 * @param failure one line saying why the run failed, or null when it passed
 * @param traceHash the stable hash of the run's trace: same scenario, seed, variant and build
 *     give the same hash
 * @param virtualMicros virtual time simulated
 * @param events events the kernel executed
 * @param operations client operations the run began (its history's length), or -1 when the
 *     scenario does not say
 */
public record RunResult(
    String scenario,
    long seed,
    String variant,
    String failure,
    String traceHash,
    long virtualMicros,
    long events,
    long operations,
    RunArtifacts artifacts) {

  /** A result that does not count operations. */
  public RunResult(String scenario, long seed, String variant, String failure, String traceHash, long virtualMicros,
      long events, RunArtifacts artifacts) {
    this(scenario, seed, variant, failure, traceHash, virtualMicros, events, -1, artifacts);
  }

  public boolean passed() {
    return failure == null;
  }

  /** The one command that replays this run exactly. */
  public String replayCommand() {
    return Replay.command(scenario, seed, variant);
  }
}
