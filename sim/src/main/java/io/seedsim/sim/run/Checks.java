package io.seedsim.sim.run;

/** Fail-fast validation of configuration, with messages that name the bad value. */
final class Checks {
  private Checks() {}

  static double probability(String name, double p) {
    if (!(p >= 0.0 && p <= 1.0)) {
      throw new IllegalArgumentException(name + " must be a probability in [0, 1], got " + p);
    }
    return p;
  }

  static long nonNegative(String name, long v) {
    if (v < 0) {
      throw new IllegalArgumentException(name + " must be >= 0, got " + v);
    }
    return v;
  }

  static long positive(String name, long v) {
    if (v <= 0) {
      throw new IllegalArgumentException(name + " must be > 0, got " + v);
    }
    return v;
  }
}
