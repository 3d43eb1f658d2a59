package io.seedsim.scenarios.lab;

import io.seedsim.scenarios.RunResult;
import io.seedsim.scenarios.Scenario;

/** Ad-hoc: runs each scenario for a few seeds and prints the outcome. */
public final class SmokeMain {
  public static void main(String[] args) {
    int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    String variant = args.length > 1 ? args[1] : "none";
    boolean check = args.length <= 2 || !args[2].equals("nocheck");
    for (Scenario s : LabScenarios.all(check ? new PerKeyLinearizability() : HistoryCheck.NONE)) {
      if (args.length > 3 && !s.name().equals(args[3])) continue;
      long t0 = System.nanoTime();
      long c0 = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
      int failed = 0;
      long events = 0, virt = 0, ops = 0;
      String first = null;
      if (System.getenv("OPS") == null) ops = -1;
      for (long seed = 0; seed < seeds; seed++) {
        RunResult r = s.run(seed, variant);
        if (ops >= 0) ops += ((LabScenario) s).simulate(seed, LabScenario.parseVariant(variant), io.seedsim.sim.run.Trace.Mode.HASH_ONLY).run().history.entries().size();
        events += r.events();
        virt += r.virtualMicros();
        if (!r.passed()) {
          failed++;
          if (first == null) first = "seed " + seed + ": " + r.failure();
        }
      }
      double secs = (System.nanoTime() - t0) / 1e9;
      double cpu = (java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - c0) / 1e9;
      System.out.printf("ops/run %d %-18s %4d runs %3d failed  %7.1f runs/s wall %7.1f runs/cpu-s  %8d events/run  virt/wall %.0f%n  %s%n",
          ops / seeds, s.name(), seeds, failed, seeds / secs, seeds / cpu, events / seeds, virt / 1e6 / secs, first == null ? "" : first);
    }
  }
}
