package io.seedsim.testkit.nemesis;

import io.seedsim.sim.SimRandom;
import io.seedsim.sim.run.Simulation;
import java.util.List;

/**
 * A schedule that mixes faults, one at a time: from {@code fromMicros}, wait a gap, start a fault
 * drawn from the list, heal it after a drawn duration, wait, and so on; every fault has healed by
 * {@code untilMicros}. Everything (which fault, what it hits, the gaps and durations) is drawn
 * from the run's "nemesis" stream, so a seed fixes the schedule and the workload's draws never
 * shift it. Put {@code untilMicros} at or before the fault plan's calm phase, and check liveness
 * after it.
 *
 * <pre>{@code
 * Nemesis.of(List.of(Faults.crash(primary), Faults.partitionHalves(servers), Faults.clog(servers)))
 *     .between(0, 2_000_000)
 *     .addTo(sim);
 * }</pre>
 */
public final class Nemesis {

  /** The name of the nemesis's random stream: {@code sim.random(STREAM)}. */
  public static final String STREAM = "nemesis";

  private final List<Fault> faults;
  private long fromMicros;
  private long untilMicros = Long.MAX_VALUE;
  private long minGap = 50_000, maxGap = 300_000;
  private long minFault = 50_000, maxFault = 500_000;

  private Nemesis(List<Fault> faults) {
    if (faults.isEmpty()) {
      throw new IllegalArgumentException("a nemesis needs at least one fault");
    }
    this.faults = List.copyOf(faults);
  }

  public static Nemesis of(List<Fault> faults) {
    return new Nemesis(faults);
  }

  /** Faults start at or after {@code fromMicros} and have all healed by {@code untilMicros}. */
  public Nemesis between(long fromMicros, long untilMicros) {
    if (untilMicros <= fromMicros) {
      throw new IllegalArgumentException("untilMicros " + untilMicros + " must be after fromMicros " + fromMicros);
    }
    this.fromMicros = fromMicros;
    this.untilMicros = untilMicros;
    return this;
  }

  /** The quiet time between two faults, drawn uniformly (default 50..300 ms). */
  public Nemesis gaps(long minMicros, long maxMicros) {
    checkRange("gap", minMicros, maxMicros);
    minGap = minMicros;
    maxGap = maxMicros;
    return this;
  }

  /** How long a fault lasts, drawn uniformly (default 50..500 ms); the shortest is a draw of 0. */
  public Nemesis durations(long minMicros, long maxMicros) {
    checkRange("duration", minMicros, maxMicros);
    minFault = minMicros;
    maxFault = maxMicros;
    return this;
  }

  /** Schedules the first fault; each fault schedules the next when it heals. */
  public void addTo(Simulation sim) {
    SimRandom random = sim.random(STREAM);
    sim.at(Math.max(sim.nowMicros(), fromMicros), () -> next(sim, random));
  }

  private void next(Simulation sim, SimRandom random) {
    long start = sim.nowMicros() + random.longInclusive(minGap, maxGap);
    if (start >= untilMicros) {
      return;
    }
    sim.at(start, () -> {
      Fault fault = random.pick(faults);
      long end = Math.min(untilMicros, sim.nowMicros() + random.longInclusive(minFault, maxFault));
      Runnable heal = fault.start(sim, random);
      sim.at(end, () -> {
        sim.note("nemesis: heal " + fault.name());
        heal.run();
        next(sim, random);
      });
    });
  }

  private static void checkRange(String what, long min, long max) {
    if (min < 1 || max < min) {
      throw new IllegalArgumentException(what + "s need 1 <= min <= max, not " + min + ".." + max);
    }
  }
}
