package io.seedsim.testkit;

import io.seedsim.sim.run.Simulation;
import io.seedsim.testkit.history.HistoryRecorder;
import java.util.function.Consumer;

/**
 * The liveness check after the calm phase: once every fault has healed (the fault plan's calm, or
 * a nemesis's end), every operation in flight must complete within a bound. A check that finds one
 * still in flight at {@code calmMicros + withinMicros} hands one line to {@code fail}.
 */
public final class Liveness {
  private Liveness() {}

  public static void check(Simulation sim, HistoryRecorder history, long calmMicros, long withinMicros,
      Consumer<String> fail) {
    sim.at(calmMicros + withinMicros, () -> {
      if (history.inFlight() > 0) {
        fail.accept("liveness: " + history.inFlight() + " operations still pending " + duration(withinMicros)
            + " after the faults healed at " + calmMicros + " us: " + history.inFlightSummary(3));
      }
    });
  }

  private static String duration(long micros) {
    return micros % 1_000_000 == 0 ? micros / 1_000_000 + " s" : micros / 1_000 + " ms";
  }
}
