package io.seedsim.sim.run;

/** Why {@link Simulation#run} returned. */
public enum RunStatus {
  /** Someone called {@link Simulation#stop()}: the scenario decided the run is over. */
  STOPPED,
  /** Nothing left to do. */
  QUIESCENT,
  /** The virtual-time budget ran out first. */
  TIME_BUDGET_SPENT,
  /** The event budget ran out first. */
  EVENT_BUDGET_SPENT
}
