package io.seedsim.checker;

/** How a recorded call ended, as the history files say it. */
public enum Outcome {
  /** Completed and took effect. */
  OK,
  /** Completed and definitely had no effect (for a compare-and-set: the comparison failed). */
  FAILED,
  /** Never completed, or timed out: it may or may not have taken effect. */
  UNKNOWN
}
