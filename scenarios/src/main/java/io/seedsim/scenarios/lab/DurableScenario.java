package io.seedsim.scenarios.lab;

import io.seedsim.kvstore.DurableKv;
import io.seedsim.kvstore.KvCluster;
import io.seedsim.kvstore.Variant;
import io.seedsim.sim.Address;
import io.seedsim.sim.SimRandom;
import io.seedsim.sim.run.DelayModel;
import io.seedsim.sim.run.DiskFaults;
import io.seedsim.sim.run.FaultPlan;
import io.seedsim.sim.run.Trace;
import io.seedsim.testkit.RunResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The chaos scenario with servers that keep their data on disk ({@link DurableKv}), and on top of
 * chaos's faults: disks with latencies, I/O errors, bit flips, torn and reordered unsynced writes,
 * and servers that crash and restart during the fault phase. A restarted server must recover every
 * write it acknowledged, so the history stays linearizable.
 */
final class DurableScenario extends ChaosScenario {

  static final String DURABLE_STREAM = "durable";

  /** The disk and crash draws of one seed, from the run's "durable" stream. */
  record DurableFaults(DiskFaults disks, List<FaultPlan.CrashPeriod> crashes) {

    static DurableFaults draw(SimRandom r, ChaosConfig chaos) {
      DiskFaults disks = new DiskFaults(
          DelayModel.uniform(10, r.longInclusive(10, 500)),
          DelayModel.uniform(10, r.longInclusive(10, 500)),
          DelayModel.exponential(r.longInclusive(100, 5_000)),
          r.chance(0.5) ? r.nextDouble() * 0.02 : 0,
          r.chance(0.5) ? r.nextDouble() * 0.01 : 0,
          r.chance(0.5) ? r.nextDouble() : 0,
          r.chance(0.5) ? r.nextDouble() : 0);
      List<FaultPlan.CrashPeriod> crashes = new ArrayList<>();
      int count = r.intInclusive(1, 4);
      for (int i = 0; i < count; i++) {
        Address server = Address.of(KvCluster.SERVER_GROUP, r.intInclusive(0, chaos.servers() - 1));
        long down = r.longInclusive(1_000, 300_000);
        long at = r.longInclusive(0, chaos.faultMicros() - down);
        crashes.add(new FaultPlan.CrashPeriod(server, at, at + down));
      }
      return new DurableFaults(disks, List.copyOf(crashes));
    }

    String describe() {
      StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
          "durable: disk I/O errors %.4f, bit flips %.4f, torn last write %.2f, unsynced kept %.2f; crashes",
          disks.ioErrorProbability(), disks.bitFlipProbability(), disks.tornWriteProbability(),
          disks.unsyncedKeptProbability()));
      for (FaultPlan.CrashPeriod c : crashes) {
        sb.append(String.format(Locale.ROOT, " %s %d..%d ms", c.node(), c.atMicros() / 1000, c.restartMicros() / 1000));
      }
      return sb.toString();
    }
  }

  DurableScenario(HistoryCheck check) {
    super("durable",
        "chaos with servers that log writes to their simulated disks, crash and restart, and must recover "
            + "every acknowledged write (disk latencies, I/O errors, bit flips, torn and lost unsynced writes)",
        check);
  }

  static DurableFaults durableFor(long seed) {
    return DurableFaults.draw(new SimRandom(seed).fork(DURABLE_STREAM), configFor(seed));
  }

  @Override
  FaultPlan faultPlan(long seed) {
    DurableFaults d = durableFor(seed);
    FaultPlan.Builder plan = configFor(seed).planBuilder().disks(d.disks());
    d.crashes().forEach(c -> plan.crash(c.node(), c.atMicros(), c.restartMicros()));
    return plan.build();
  }

  @Override
  String configurationNote(long seed) {
    return configFor(seed).describe() + "; " + durableFor(seed).describe();
  }

  @Override
  public RunResult run(long seed, String variant) {
    Variant v = parseVariant(variant);
    return run(seed, implementation(v), v.id());
  }

  @Override
  LabOutcome simulate(long seed, Variant variant, Trace.Mode traceMode) {
    return simulate(seed, implementation(variant), variant.id(), traceMode);
  }

  private static DurableKv implementation(Variant v) {
    if (!DurableKv.supports(v)) {
      throw new IllegalArgumentException("variant " + v.id() + " is a bug of the in-memory server; the durable "
          + "scenario's servers have the variants none, ack-before-fsync and reuse-seq");
    }
    return DurableKv.of(v);
  }
}
