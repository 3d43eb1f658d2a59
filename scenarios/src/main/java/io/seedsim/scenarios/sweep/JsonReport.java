package io.seedsim.scenarios.sweep;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** {@code sweep --report F}: the summary as one JSON object. */
public final class JsonReport {
  private JsonReport() {}

  /** The file's shape; field order is the order written. */
  public record Report(
      String scenario,
      String variant,
      String seeds,
      String shard,
      String stopped,
      long planned,
      long runs,
      long passed,
      long failed,
      double seedsPerSecond,
      double wallSeconds,
      double virtualSeconds,
      long events,
      Double failureUpperBound95,
      List<Failure> failures) {}

  /** One failed run and how to replay it. */
  public record Failure(
      String scenario, long seed, String variant, String reason, String traceHash, String replay) {}

  public static void write(SweepSummary summary, Path file) throws IOException {
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(file.toFile(), of(summary));
  }

  public static Report of(SweepSummary summary) {
    SweepPlan plan = summary.plan();
    var bound = summary.failureUpperBound95();
    return new Report(
        plan.selection(),
        plan.variant(),
        plan.seeds().toString(),
        plan.shard().toString(),
        summary.stopReason().name().toLowerCase(Locale.ROOT).replace('_', '-'),
        plan.plannedRuns(),
        summary.runs(),
        summary.runs() - summary.failed(),
        summary.failed(),
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
                        f.replayCommand()))
            .toList());
  }
}
