package io.seedsim.checker.viz;

/** How a timer ended. */
public enum TimerOutcome {
  FIRED,
  CANCELLED,
  /** Still set when the trace ended. */
  PENDING
}
