package io.seedsim.testkit;

import io.seedsim.sim.run.Simulation;
import io.seedsim.testkit.history.HistoryRecorder;

/**
 * What a {@link SystemScenario} builds one run with: the simulation, the history its clients
 * record into, the seed and variant, and the ways to end the run.
 */
public final class SystemRun {

  private final Simulation sim;
  private final HistoryRecorder history = new HistoryRecorder();
  private final long seed;
  private final String variant;
  private String lateFailure;

  SystemRun(Simulation sim, long seed, String variant) {
    this.sim = sim;
    this.seed = seed;
    this.variant = variant;
  }

  public Simulation sim() {
    return sim;
  }

  public HistoryRecorder history() {
    return history;
  }

  public long seed() {
    return seed;
  }

  /** The variant being run ({@link Variants#NONE} for the correct system). */
  public String variant() {
    return variant;
  }

  /** The workload is done: the run ends after the current event and its history is checked. */
  public void finish() {
    sim.stop();
  }

  /** Ends the run as failed with {@code reason}, from a timer or callback that must not throw. */
  public void fail(String reason) {
    if (lateFailure == null) {
      lateFailure = reason;
    }
    sim.stop();
  }

  /** Fails the run if an operation is still in flight {@code withinMicros} after {@code calmMicros}. */
  public void checkLiveness(long calmMicros, long withinMicros) {
    Liveness.check(sim, history, calmMicros, withinMicros, this::fail);
  }

  String lateFailure() {
    return lateFailure;
  }
}
