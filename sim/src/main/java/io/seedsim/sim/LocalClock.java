package io.seedsim.sim;

/**
 * A node's own wall clock: true time plus an offset, a drift and any jumps the fault plan gives
 * it. It may run fast or slow, and may jump backwards, as real wall clocks do after an NTP step.
 */
public interface LocalClock {

  /** This clock's reading now, in microseconds. */
  long nowMicros();

  /**
   * Runs {@code action} once this clock has advanced by {@code delayMicros} (> 0) from now: a
   * clock that runs slow fires it late in true time, a forward jump fires it early. Cancel it with
   * {@link NodeContext#cancel}.
   */
  TimerHandle setTimer(long delayMicros, String label, Runnable action);
}
