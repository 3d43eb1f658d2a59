package io.seedsim.scenarios.sweep;

import java.io.PrintWriter;
import java.util.Locale;

/** The summary a person reads at the end of a sweep (stdout). */
public final class SummaryText {
  private SummaryText() {}

  public static void print(SweepSummary summary, PrintWriter out) {
    for (RunOutcome failure : summary.failures()) {
      out.println(
          "FAIL " + failure.scenario() + " seed " + failure.seed() + ": " + failure.failure());
      out.println("  replay: " + failure.replayCommand());
    }
    out.println(stopLine(summary));
    out.println(
        String.format(
            Locale.ROOT,
            "runs %d, passed %d, failed %d; %.1f seeds/s; %.3f s virtual time in %.3f s wall",
            summary.runs(),
            summary.runs() - summary.failed(),
            summary.failed(),
            summary.seedsPerSecond(),
            summary.virtualMicros() / 1e6,
            summary.wallSeconds()));
    summary
        .failureUpperBound95()
        .ifPresent(
            bound ->
                out.println(
                    String.format(
                        Locale.ROOT,
                        "no failure in %d runs: per-seed failure probability below %.3g"
                            + " (95%% upper confidence bound, Clopper-Pearson)",
                        summary.runs(),
                        bound)));
    out.flush();
  }

  private static String stopLine(SweepSummary summary) {
    SweepPlan plan = summary.plan();
    String what =
        "sweep "
            + plan.selection()
            + " variant "
            + plan.variant()
            + " seeds "
            + plan.seeds()
            + (plan.shard().equals(Shard.ALL) ? "" : " shard " + plan.shard());
    return switch (summary.stopReason()) {
      case COMPLETED -> what + ": " + summary.runs() + " runs";
      case MAX_FAILURES ->
          what
              + ": stopped after "
              + summary.failed()
              + " failures (--max-failures "
              + plan.maxFailures()
              + "), "
              + summary.runs()
              + " of "
              + plan.plannedRuns()
              + " runs done";
      case INTERRUPTED ->
          what + ": interrupted, " + summary.runs() + " of " + plan.plannedRuns() + " runs done";
    };
  }
}
