package io.seedsim.scenarios.lab;

import io.seedsim.scenarios.RunResult;
import io.seedsim.scenarios.Scenario;
import io.seedsim.scenarios.Variants;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Not a test: a sweep benchmark. Runs every lab scenario for SEEDS seeds on WORKERS threads and
 * prints seeds per second and the virtual-to-wall time ratio per scenario.
 *
 * <pre>java -cp ... io.seedsim.scenarios.lab.LabSweepBench [SEEDS=10000] [WORKERS=2] [check|nocheck]</pre>
 */
public final class LabSweepBench {

  private record Totals(long runs, long failed, long virtualMicros, long events) {}

  public static void main(String[] args) throws InterruptedException, ExecutionException {
    int seeds = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int workers = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    boolean check = args.length <= 2 || !args[2].equals("nocheck");
    List<Scenario> scenarios = LabScenarios.all(check ? LabScenarios.HISTORY_CHECK : HistoryCheck.NONE);
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    System.out.printf(Locale.ROOT, "%d seeds per scenario, %d workers, histories %s%n", seeds, workers,
        check ? "checked (tests' per-key checker)" : "not checked");
    long allStart = System.nanoTime();
    long allRuns = 0;
    for (Scenario s : scenarios) {
      long start = System.nanoTime();
      List<Future<Totals>> parts = new ArrayList<>();
      for (int w = 0; w < workers; w++) {
        int first = w;
        parts.add(pool.submit(() -> sweep(s, first, workers, seeds)));
      }
      long runs = 0, failed = 0, virtualMicros = 0, events = 0;
      for (Future<Totals> f : parts) {
        Totals t = f.get();
        runs += t.runs;
        failed += t.failed;
        virtualMicros += t.virtualMicros;
        events += t.events;
      }
      double wall = (System.nanoTime() - start) / 1e9;
      allRuns += runs;
      System.out.printf(Locale.ROOT, "%-18s %6d runs %3d failed %8.1f s  %8.1f seeds/s  virtual/wall %8.0f  %7d events/run%n",
          s.name(), runs, failed, wall, runs / wall, virtualMicros / 1e6 / wall, events / runs);
    }
    double wall = (System.nanoTime() - allStart) / 1e9;
    System.out.printf(Locale.ROOT, "all                %6d runs         %8.1f s  %8.1f seeds/s%n", allRuns, wall, allRuns / wall);
    pool.shutdown();
  }

  private static Totals sweep(Scenario s, int first, int step, int seeds) {
    long runs = 0, failed = 0, virtualMicros = 0, events = 0;
    for (long seed = first; seed < seeds; seed += step) {
      RunResult r = s.run(seed, Variants.NONE);
      runs++;
      failed += r.passed() ? 0 : 1;
      virtualMicros += r.virtualMicros();
      events += r.events();
    }
    return new Totals(runs, failed, virtualMicros, events);
  }
}
