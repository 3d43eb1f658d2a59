package io.seedsim.checker;

/** The answer of a check. UNKNOWN means the time budget ran out; it is never a guess. */
public enum Verdict {
  LINEARIZABLE("linearizable"),
  NOT_LINEARIZABLE("not linearizable"),
  UNKNOWN("unknown");

  private final String label;

  Verdict(String label) {
    this.label = label;
  }

  /** The words used in reports: "linearizable", "not linearizable", "unknown". */
  public String label() {
    return label;
  }

  /** The verdict of a whole history from its parts: any violation wins, then any unknown. */
  public Verdict and(Verdict other) {
    if (this == NOT_LINEARIZABLE || other == NOT_LINEARIZABLE) return NOT_LINEARIZABLE;
    if (this == UNKNOWN || other == UNKNOWN) return UNKNOWN;
    return LINEARIZABLE;
  }
}
