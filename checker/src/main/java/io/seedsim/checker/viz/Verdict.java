package io.seedsim.checker.viz;

/** What the checker concluded, for a whole history or one partition of it. */
public enum Verdict {
  /** Some order of the operations respects real time and the model. */
  LINEARIZABLE,
  /** No such order exists; the page shows the longest linearizable prefix and what failed. */
  NOT_LINEARIZABLE,
  /** The search spent its time budget without an answer. */
  UNKNOWN;

  /** The words the page and the command line use: "linearizable", "not linearizable", "unknown". */
  public String words() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
