package io.seedsim.scenarios.sweep;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * {@code sweep --report F}: the summary as one JSON object, format {@value #FORMAT} version
 * {@value #VERSION}. Besides the counts it lists every run's outcome and trace hash, what did not
 * run, and the build, so shards' reports can be merged and their coverage checked.
 */
public final class JsonReport {
  public static final String FORMAT = "seedsim-sweep-report";

  /** 1 had no version field, outcomes or not-run spans; 2 adds them. */
  public static final int VERSION = 2;

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES); // later versions add fields

  private JsonReport() {}

  /**
   * The file's shape; field order is the order written.
   *
   * @param scenario what the sweep was asked for: a scenario name or {@code all}
   * @param complete whether every planned run has an outcome
   * @param outcomes one line per run, by (scenario, seed): {@link Outcome#line()}
   */
  public record Report(
      String format,
      int formatVersion,
      String build,
      String scenario,
      List<String> scenarios,
      String variant,
      String seeds,
      String shard,
      long maxFailures,
      String stopped,
      boolean complete,
      long planned,
      long runs,
      long passed,
      long failed,
      long environmentErrors,
      long notRun,
      double seedsPerSecond,
      double wallSeconds,
      double virtualSeconds,
      long events,
      Double failureUpperBound95,
      List<Failure> failures,
      List<EnvironmentErrorRun> environmentErrorRuns,
      List<NotRunSeeds> notRunSeeds,
      String environmentNote,
      List<String> outcomes) {}

  /**
   * One failed run and how to replay it.
   *
   * @param caseReplay the command that replays its shrunk case ({@code sweep --shrink}), or null
   */
  public record Failure(
      String scenario, long seed, String variant, String reason, String traceHash, String replay,
      String caseReplay) {}

  /** A run the environment cut short (out of memory, ...): neither passed nor failed. */
  public record EnvironmentErrorRun(String scenario, long seed, String error, String retry) {}

  /** Seeds {@code seeds} (A..B, those in {@code shard}) of one scenario that did not run. */
  public record NotRunSeeds(String scenario, String shard, String seeds, long count) {}

  /**
   * A run in one line, {@code SCENARIO SEED pass|fail|error TRACEHASH VIRTUALMICROS EVENTS}, with
   * {@code -} for a missing trace hash: compact enough for a million runs.
   */
  public record Outcome(
      String scenario, long seed, String result, String traceHash, long virtualMicros, long events) {

    static Outcome of(RunOutcome run) {
      String result = run.hadEnvironmentError() ? "error" : run.failed() ? "fail" : "pass";
      return new Outcome(
          run.scenario(), run.seed(), result, run.traceHash(), run.virtualMicros(), run.events());
    }

    public String line() {
      return scenario
          + " "
          + seed
          + " "
          + result
          + " "
          + (traceHash == null ? "-" : traceHash)
          + " "
          + virtualMicros
          + " "
          + events;
    }

    public static Outcome parse(String line) {
      String[] parts = line.split(" ");
      if (parts.length != 6 || !List.of("pass", "fail", "error").contains(parts[2])) {
        throw new IllegalArgumentException("not an outcome line: '" + line + "'");
      }
      try {
        return new Outcome(
            parts[0],
            Long.parseLong(parts[1]),
            parts[2],
            parts[3].equals("-") ? null : parts[3],
            Long.parseLong(parts[4]),
            Long.parseLong(parts[5]));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not an outcome line: '" + line + "'");
      }
    }
  }

  public static void write(SweepSummary summary, OutputStream out) throws IOException {
    write(summary, ShrunkCases.NONE, out);
  }

  public static void write(SweepSummary summary, ShrunkCases cases, OutputStream out) throws IOException {
    JSON.writeValue(out, of(summary, cases));
  }

  public static Report read(java.io.InputStream in) throws IOException {
    return JSON.readValue(in, Report.class);
  }

  public static Report of(SweepSummary summary) {
    return of(summary, ShrunkCases.NONE);
  }

  public static Report of(SweepSummary summary, ShrunkCases cases) {
    SweepScope scope = summary.scope();
    var bound = summary.failureUpperBound95();
    return new Report(
        FORMAT,
        VERSION,
        BuildIdentity.current(),
        scope.selection(),
        scope.scenarios(),
        scope.variant(),
        scope.seeds().toString(),
        scope.shard().toString(),
        scope.maxFailures(),
        summary.stopReason().label(),
        summary.complete(),
        scope.plannedRuns(),
        summary.runs(),
        summary.runs() - summary.failed(),
        summary.failed(),
        summary.environmentErrors().size(),
        summary.notRunCount(),
        summary.seedsPerSecond(),
        summary.wallSeconds(),
        summary.virtualMicros() / 1e6,
        summary.events(),
        bound.isPresent() ? bound.getAsDouble() : null,
        summary.failures().stream()
            .map(
                f ->
                    new Failure(
                        f.scenario(),
                        f.seed(),
                        f.variant(),
                        f.failure(),
                        f.traceHash(),
                        f.replayCommand(),
                        cases.of(f) == null ? null : cases.of(f).replay()))
            .toList(),
        summary.environmentErrors().stream()
            .map(
                e ->
                    new EnvironmentErrorRun(
                        e.scenario(), e.seed(), e.environmentError(), e.replayCommand()))
            .toList(),
        summary.notRun().stream()
            .map(
                span ->
                    new NotRunSeeds(
                        span.scenario(), span.shard().toString(), span.range(), span.seeds()))
            .toList(),
        summary.environmentNote(),
        summary.outcomes().stream().map(o -> Outcome.of(o).line()).toList());
  }
}
