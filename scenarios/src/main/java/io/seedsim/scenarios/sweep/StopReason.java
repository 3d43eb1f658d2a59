package io.seedsim.scenarios.sweep;

import java.util.Locale;

/** Why a sweep ended. */
public enum StopReason {
  /** Every planned run finished. */
  COMPLETED,
  /** {@code --max-failures} was reached; no new run started after that. */
  MAX_FAILURES,
  /** Cancelled (Ctrl-C, SIGTERM): the summary covers the runs that had finished. */
  INTERRUPTED,
  /** The JVM ran out of memory or threads, or a class could not load: no new run started. */
  ENVIRONMENT_ERROR,
  /** {@code merge}: no report covers some seeds of the range. */
  UNCOVERED;

  /** How reports write it: {@code max-failures}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static StopReason ofLabel(String label) {
    for (StopReason reason : values()) {
      if (reason.label().equals(label)) {
        return reason;
      }
    }
    throw new IllegalArgumentException("unknown stop reason '" + label + "'");
  }
}
