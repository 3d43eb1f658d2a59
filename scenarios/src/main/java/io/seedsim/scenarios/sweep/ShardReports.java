package io.seedsim.scenarios.sweep;

import io.seedsim.testkit.SeedRange;
import io.seedsim.testkit.Replay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code merge}: the JSON reports of one sweep's shards, joined into the summary that the unsharded
 * sweep would have, with every seed that no report covers listed as not run.
 */
public final class ShardReports {
  private ShardReports() {}

  /** One report and the name to call it by in messages (its file). */
  public record Input(String name, JsonReport.Report report) {}

  /** The reports cannot be merged: of another format, of different sweeps, or overlapping. */
  public static final class Refused extends IllegalArgumentException {
    Refused(String message) {
      super(message);
    }
  }

  /** What the reports of one sweep agree on; a report that differs is of another sweep. */
  private static final List<Field> SAME_SWEEP =
      List.of(
          new Field("scenario", JsonReport.Report::scenario),
          new Field("scenarios", r -> String.join(", ", r.scenarios())),
          new Field("variant", JsonReport.Report::variant),
          new Field("seeds", JsonReport.Report::seeds),
          new Field("build", JsonReport.Report::build));

  private record Field(String name, Function<JsonReport.Report, String> value) {}

  public static SweepSummary merge(List<Input> inputs) {
    if (inputs.isEmpty()) {
      throw new Refused("no report given");
    }
    inputs.forEach(ShardReports::requireFormat);
    Input first = inputs.get(0);
    Map<Long, Input> byIndex = new HashMap<>();
    for (Input input : inputs) {
      requireSameSweep(first, input);
      Shard shard = Shard.parse(input.report().shard());
      Shard firstShard = Shard.parse(first.report().shard());
      if (shard.count() != firstShard.count()) {
        throw new Refused(
            input.name() + " is shard " + shard + " and " + first.name() + " shard " + firstShard
                + ": merge the shards of one split (the same N)");
      }
      Input twice = byIndex.put(shard.index(), input);
      if (twice != null) {
        throw new Refused(
            twice.name() + " and " + input.name() + " are both shard " + shard
                + ": give each shard once");
      }
    }
    JsonReport.Report sweep = first.report();
    SweepScope scope =
        new SweepScope(
            sweep.scenario(),
            sweep.scenarios(),
            sweep.variant(),
            SeedRange.parse(sweep.seeds()),
            Shard.ALL,
            sweep.maxFailures());
    List<RunOutcome> outcomes = new ArrayList<>();
    List<NotRun> notRun = new ArrayList<>();
    for (Input input : inputs) {
      outcomes.addAll(outcomes(input));
      for (JsonReport.NotRunSeeds span : input.report().notRunSeeds()) {
        SeedRange seeds = SeedRange.parse(span.seeds());
        notRun.add(
            new NotRun(
                span.scenario(), Shard.parse(span.shard()), seeds.first(), seeds.last(),
                span.count()));
      }
    }
    long count = Shard.parse(sweep.shard()).count();
    for (long k = 0; k < count; k++) {
      if (!byIndex.containsKey(k)) {
        notRun.addAll(wholeShard(scope, new Shard(k, count)));
      }
    }
    return new SweepSummary(
        scope,
        outcomes,
        notRun.stream()
            .sorted(
                Comparator.comparing(NotRun::scenario).thenComparingLong(NotRun::first))
            .toList(),
        stopReason(inputs, byIndex.size() < count),
        (long) (inputs.stream().mapToDouble(i -> i.report().wallSeconds()).sum() * 1e9),
        notes(inputs));
  }

  /** The names of the shards given, in order: {@code 0/3, 1/3, 2/3}. */
  public static String shards(List<Input> inputs) {
    return inputs.stream()
        .map(i -> Shard.parse(i.report().shard()))
        .sorted(Comparator.comparingLong(Shard::index))
        .map(Shard::toString)
        .collect(Collectors.joining(", "));
  }

  private static void requireFormat(Input input) {
    JsonReport.Report report = input.report();
    if (report.format() == null && report.seeds() != null && report.stopped() != null) {
      throw new Refused(
          input.name() + " has report format version 1 (no outcomes); merge reads version "
              + JsonReport.VERSION + " (sweep again with this build)");
    }
    if (!JsonReport.FORMAT.equals(report.format())) {
      throw new Refused(input.name() + " is not a seedsim sweep report (written by sweep --report)");
    }
    if (report.formatVersion() != JsonReport.VERSION) {
      throw new Refused(
          input.name() + " has report format version " + report.formatVersion() + "; merge reads"
              + " version " + JsonReport.VERSION + " (sweep again with this build)");
    }
    if (report.outcomes() == null
        || report.failures() == null
        || report.environmentErrorRuns() == null
        || report.notRunSeeds() == null
        || report.scenarios() == null
        || report.shard() == null) {
      throw new Refused(input.name() + " is not a whole report: a field is missing");
    }
  }

  private static void requireSameSweep(Input first, Input other) {
    List<String> differences = new ArrayList<>();
    for (Field field : SAME_SWEEP) {
      String mine = field.value().apply(other.report());
      String theirs = field.value().apply(first.report());
      if (!Objects.equals(mine, theirs)) {
        differences.add(field.name() + " " + mine + ", not " + theirs);
      }
    }
    if (!differences.isEmpty()) {
      throw new Refused(
          other.name() + " is of another sweep than " + first.name() + ": "
              + String.join("; ", differences));
    }
  }

  /** The runs of one report, with the reasons its failures and environment errors give. */
  private static List<RunOutcome> outcomes(Input input) {
    JsonReport.Report report = input.report();
    Map<String, String> reasons = new LinkedHashMap<>();
    report.failures().forEach(f -> reasons.put(f.scenario() + " " + f.seed(), f.reason()));
    // A user's scenarios replay with --classpath and --registry: keep what followed the variant.
    Map<String, String> replayOptions = new LinkedHashMap<>();
    report.failures().forEach(f -> {
      String base = Replay.command(f.scenario(), f.seed(), report.variant());
      if (f.replay() != null && f.replay().startsWith(base)) {
        replayOptions.put(f.scenario() + " " + f.seed(), f.replay().substring(base.length()));
      }
    });
    Map<String, String> errors = new LinkedHashMap<>();
    report.environmentErrorRuns().forEach(e -> errors.put(e.scenario() + " " + e.seed(), e.error()));
    List<RunOutcome> outcomes = new ArrayList<>();
    for (String line : report.outcomes()) {
      JsonReport.Outcome run;
      try {
        run = JsonReport.Outcome.parse(line);
      } catch (IllegalArgumentException e) {
        throw new Refused(input.name() + ": " + e.getMessage());
      }
      String key = run.scenario() + " " + run.seed();
      outcomes.add(
          new RunOutcome(
              run.scenario(),
              run.seed(),
              report.variant(),
              run.result().equals("fail") ? reasons.getOrDefault(key, "failed") : null,
              run.result().equals("error") ? errors.getOrDefault(key, "environment error") : null,
              run.traceHash(),
              run.virtualMicros(),
              run.events(),
              0,
              replayOptions.getOrDefault(key, "")));
    }
    return outcomes;
  }

  private static List<NotRun> wholeShard(SweepScope scope, Shard shard) {
    long seeds = shard.seedsIn(scope.seeds());
    if (seeds == 0) {
      return List.of();
    }
    long firstSeed = shard.seedAt(scope.seeds(), 0);
    long lastSeed = shard.seedAt(scope.seeds(), seeds - 1);
    return new TreeSet<>(scope.scenarios())
        .stream().map(s -> new NotRun(s, shard, firstSeed, lastSeed, seeds)).toList();
  }

  /** The gravest way a shard stopped; a missing shard leaves seeds uncovered. */
  private static StopReason stopReason(List<Input> inputs, boolean shardMissing) {
    List<StopReason> reasons =
        inputs.stream().map(i -> StopReason.ofLabel(i.report().stopped())).toList();
    for (StopReason grave :
        List.of(StopReason.ENVIRONMENT_ERROR, StopReason.INTERRUPTED, StopReason.MAX_FAILURES)) {
      if (reasons.contains(grave)) {
        return grave;
      }
    }
    return shardMissing ? StopReason.UNCOVERED : StopReason.COMPLETED;
  }

  private static String notes(List<Input> inputs) {
    String notes =
        inputs.stream()
            .filter(i -> i.report().environmentNote() != null)
            .map(i -> i.name() + ": " + i.report().environmentNote())
            .collect(Collectors.joining("; "));
    return notes.isEmpty() ? null : notes;
  }
}
