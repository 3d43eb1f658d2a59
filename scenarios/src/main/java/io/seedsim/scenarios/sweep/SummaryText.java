package io.seedsim.scenarios.sweep;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The summary a person reads at the end of a sweep (stdout), also printed by {@code merge}. */
public final class SummaryText {
  /** A stopped sweep lists at most this many spans of seeds that did not run. */
  private static final int SPANS_SHOWN = 10;

  private SummaryText() {}

  public static void print(SweepSummary summary, PrintWriter out) {
    print(summary, ShrunkCases.NONE, out);
  }

  /** The summary, each shrunk failure followed by its case's replay command. */
  public static void print(SweepSummary summary, ShrunkCases cases, PrintWriter out) {
    for (RunOutcome failure : summary.failures()) {
      out.println(
          "FAIL " + failure.scenario() + " seed " + failure.seed() + ": " + failure.failure());
      out.println("  replay: " + failure.replayCommand());
      ShrunkCases.Shrunk shrunk = cases.of(failure);
      if (shrunk != null) {
        out.println("  case: " + shrunk.replay() + " (" + shrunk.sizes() + ")");
      }
    }
    if (cases.skipped() > 0) {
      out.println("not shrunk: " + cases.skipped() + " more failures (give --max-failures to shrink more)");
    }
    for (RunOutcome error : summary.environmentErrors()) {
      out.println(
          "ERROR "
              + error.scenario()
              + " seed "
              + error.seed()
              + ": environment error, not a failure of the run: "
              + error.environmentError());
      out.println("  retry: " + error.replayCommand());
    }
    out.println(stopLine(summary));
    String environmentErrors =
        summary.environmentErrors().isEmpty()
            ? ""
            : ", environment errors " + summary.environmentErrors().size();
    out.println(
        String.format(
            Locale.ROOT,
            "runs %d, passed %d, failed %d%s; %.1f seeds/s; %.3f s virtual time in %.3f s wall",
            summary.runs(),
            summary.runs() - summary.failed(),
            summary.failed(),
            environmentErrors,
            summary.seedsPerSecond(),
            summary.virtualMicros() / 1e6,
            summary.wallSeconds()));
    if (summary.notRunCount() > 0) {
      out.println(notRunLine(summary));
    }
    if (summary.environmentNote() != null) {
      out.println("environment: " + summary.environmentNote());
    }
    if (!summary.environmentErrors().isEmpty() || summary.environmentNote() != null) {
      out.println(
          "environment errors say nothing about the system under test: give the JVM more memory"
              + " (SEEDSIM_JAVA_OPTS=-Xmx2g) or use fewer --jobs, then sweep again");
    }
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

  /** {@code not run: 99897 runs (slow 3..100000)}, at most ten spans. */
  private static String notRunLine(SweepSummary summary) {
    List<NotRun> spans = summary.notRun();
    boolean oneScenario = summary.scope().scenarios().size() == 1;
    String shown =
        spans.stream()
            .limit(SPANS_SHOWN)
            .map(span -> (oneScenario ? "" : span.scenario() + " ") + span.describe())
            .collect(Collectors.joining(", "));
    String more = spans.size() > SPANS_SHOWN ? ", ... (" + spans.size() + " spans)" : "";
    return "not run: "
        + summary.notRunCount()
        + (summary.notRunCount() == 1 ? " run (" : " runs (")
        + shown
        + more
        + ")";
  }

  private static String stopLine(SweepSummary summary) {
    SweepScope scope = summary.scope();
    String what = scope.describe();
    String done = summary.runs() + " of " + scope.plannedRuns() + " runs done";
    return switch (summary.stopReason()) {
      case COMPLETED -> what + ": " + summary.runs() + " runs";
      case MAX_FAILURES ->
          what
              + ": stopped after "
              + summary.failed()
              + " failures (--max-failures "
              + scope.maxFailures()
              + "), "
              + done;
      case INTERRUPTED -> what + ": interrupted, " + done;
      case ENVIRONMENT_ERROR -> what + ": stopped by an environment error, " + done;
      case UNCOVERED -> what + ": no report covers some seeds, " + done;
    };
  }
}
