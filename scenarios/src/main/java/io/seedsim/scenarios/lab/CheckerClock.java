package io.seedsim.scenarios.lab;

import java.util.concurrent.atomic.LongAdder;

/**
 * How long lab runs have spent in the linearizability check, all threads together: {@code bench
 * checker} sets it against a sweep's wall time. Measuring only; nothing a run does depends on it.
 */
public final class CheckerClock {
  private CheckerClock() {}

  private static final LongAdder NANOS = new LongAdder();

  static void add(long nanos) {
    NANOS.add(nanos);
  }

  public static long nanos() {
    return NANOS.sum();
  }
}
