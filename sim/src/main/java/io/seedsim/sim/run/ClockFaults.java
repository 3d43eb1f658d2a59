package io.seedsim.sim.run;

/**
 * The range each node's clock is drawn from, from the stream "clock:ADDRESS": an offset of up to
 * {@code maxOffsetMicros} either way, a linear drift of up to {@code maxDriftPpm} parts per million
 * either way, and up to {@code maxJumps} steps of up to {@code maxJumpMicros} either way at times
 * in [0, jumpWindowMicros]. A draw of zero is a perfect clock.
 */
public record ClockFaults(long maxOffsetMicros, double maxDriftPpm, int maxJumps, long maxJumpMicros,
    long jumpWindowMicros) {

  /** The most drift a clock may have: 10%, far beyond any real oscillator, still a forward clock. */
  public static final double DRIFT_LIMIT_PPM = 100_000;

  /** Every clock reads true time. */
  public static final ClockFaults NONE = new ClockFaults(0, 0, 0, 0, 0);

  public ClockFaults {
    Checks.nonNegative("maxOffsetMicros", maxOffsetMicros);
    driftPpm("maxDriftPpm", maxDriftPpm);
    Checks.nonNegative("maxJumps", maxJumps);
    Checks.nonNegative("maxJumpMicros", maxJumpMicros);
    Checks.nonNegative("jumpWindowMicros", jumpWindowMicros);
  }

  static double driftPpm(String name, double ppm) {
    if (!(Math.abs(ppm) <= DRIFT_LIMIT_PPM)) {
      throw new IllegalArgumentException(name + " must be within +-" + (long) DRIFT_LIMIT_PPM + " ppm, got " + ppm);
    }
    return ppm;
  }
}
