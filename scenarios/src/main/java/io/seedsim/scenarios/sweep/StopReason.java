package io.seedsim.scenarios.sweep;

/** Why a sweep ended. */
public enum StopReason {
  /** Every planned run finished. */
  COMPLETED,
  /** {@code --max-failures} was reached; no new run started after that. */
  MAX_FAILURES,
  /** Cancelled (Ctrl-C): the summary covers the runs that had finished. */
  INTERRUPTED
}
