package io.seedsim.sim.run;

import io.seedsim.sim.LocalClock;
import io.seedsim.sim.TimerHandle;
import java.util.ArrayList;
import java.util.List;

/**
 * One node's wall clock: reads {@code t + offset + floor(t * driftPpm / 1e6)} at true time t, where
 * the offset also carries every jump so far. It belongs to the machine, so it outlives crashes.
 * It keeps its pending timers so that a jump can move them to when the clock now reaches them.
 */
final class NodeClock implements LocalClock {
  private final NodeHost host;
  private final double rate;
  private long offset;
  private final List<LocalTimerEvent> timers = new ArrayList<>();

  NodeClock(NodeHost host, long offsetMicros, double driftPpm) {
    this.host = host;
    this.offset = offsetMicros;
    this.rate = driftPpm / 1e6;
  }

  long read(long trueMicros) {
    return trueMicros + offset + (long) Math.floor(trueMicros * rate);
  }

  @Override
  public long nowMicros() {
    return read(host.sim.nowMicros());
  }

  @Override
  public TimerHandle setTimer(long delayMicros, String label, Runnable action) {
    if (delayMicros <= 0) {
      throw new IllegalArgumentException(host.name + ": local timer '" + label + "' needs a delay > 0 us, got " + delayMicros);
    }
    LocalTimerEvent t = host.sim.setLocalTimer(host, this, nowMicros() + delayMicros, label, action);
    if (timers.size() >= 64 && timers.size() % 64 == 0) {
      timers.removeIf(old -> !old.pending());
    }
    timers.add(t);
    return t;
  }

  /** The first true time, not before {@code now}, at which this clock reads at least {@code target}. */
  long trueTimeFor(long target, long now) {
    long need = target - read(now);
    if (need <= 0) {
      return now;
    }
    long t = now + (long) Math.ceil(need / (1 + rate));
    while (read(t) < target) {
      t++;
    }
    while (t > now && read(t - 1) >= target) {
      t--;
    }
    return t;
  }

  /** Steps the clock; returns the pending timers, which the caller moves to their new times. */
  List<LocalTimerEvent> jump(long byMicros) {
    offset += byMicros;
    timers.removeIf(t -> !t.pending());
    return timers;
  }
}
