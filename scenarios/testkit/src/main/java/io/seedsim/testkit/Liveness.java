package io.seedsim.testkit;

import io.seedsim.sim.run.Simulation;
import io.seedsim.testkit.history.HistoryRecorder;
import java.util.function.Consumer;
import java.util.function.IntPredicate;

/**
 * The liveness check after the calm phase: once every fault has healed (the fault plan's calm, or
 * a nemesis's end), every operation in flight must complete within a bound. A check that finds one
 * still in flight at {@code calmMicros + withinMicros} hands one line to {@code fail}.
 */
public final class Liveness {
  private Liveness() {}

  public static void check(Simulation sim, HistoryRecorder history, long calmMicros, long withinMicros,
      Consumer<String> fail) {
    check(sim, history, calmMicros, withinMicros, client -> true, fail);
  }

  /**
   * The same, counting only the operations of the clients {@code counted} accepts (for example
   * not a client that is meant to be stuck).
   */
  public static void check(Simulation sim, HistoryRecorder history, long calmMicros, long withinMicros,
      IntPredicate counted, Consumer<String> fail) {
    sim.at(calmMicros + withinMicros, () -> {
      int pending = history.inFlight(counted);
      if (pending > 0) {
        fail.accept("liveness: " + pending + " operations still pending " + duration(withinMicros)
            + " after the faults healed at " + calmMicros + " us: " + history.inFlightSummary(counted, 3));
      }
    });
  }

  private static String duration(long micros) {
    return micros % 1_000_000 == 0 ? micros / 1_000_000 + " s" : micros / 1_000 + " ms";
  }
}
