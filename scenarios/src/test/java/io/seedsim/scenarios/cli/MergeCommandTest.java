package io.seedsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.seedsim.scenarios.testing.CommandRun;
import io.seedsim.scenarios.testing.FakeRegistry;
import io.seedsim.scenarios.testing.JUnitXml;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code merge}: the shards' reports give the summary of the unsharded sweep. */
class MergeCommandTest {
  @TempDir Path dir;

  @Test
  void threeShardsMergeToTheSummaryOfTheUnshardedSweep() throws Exception {
    CommandRun whole = sweep("whole.json", "--seeds", "10..40");
    List<String> args = new ArrayList<>(List.of("merge"));
    for (int k = 0; k < 3; k++) {
      sweep("shard-" + k + ".json", "--seeds", "10..40", "--shard", k + "/3");
      args.add(dir.resolve("shard-" + k + ".json").toString());
    }
    Path junit = dir.resolve("merged.xml");
    args.addAll(List.of("--report", dir.resolve("merged.json").toString(), "--junit", junit.toString()));

    CommandRun merged = CommandRun.execute(FakeRegistry.standard(), args.toArray(String[]::new));

    assertThat(merged.exitCode()).isEqualTo(whole.exitCode()).isEqualTo(1);
    assertThat(withoutTiming(merged.outLines())).isEqualTo(withoutTiming(whole.outLines()));
    assertThat(merged.outLines())
        .contains(
            "FAIL sevens seed 14: seed 14 is divisible by 7",
            "  replay: bin/seedsim run --scenario sevens --seed 14",
            "sweep sevens variant none seeds 10..40: 31 runs");
    assertThat(merged.errLines()).containsExactly("seedsim merge: 3 reports (shards 0/3, 1/3, 2/3)");

    JsonNode one = json("whole.json");
    JsonNode all = json("merged.json");
    for (String field : List.of("planned", "runs", "passed", "failed", "complete", "outcomes", "failures", "build")) {
      assertThat(all.get(field)).as(field).isEqualTo(one.get(field));
    }
    assertThat(JUnitXml.parseValid(junit).getElementsByTagName("testcase").getLength()).isEqualTo(31);
  }

  @Test
  void aCleanMergeBoundsTheFailureProbabilityAsOneSweepWould() throws Exception {
    CommandRun whole = CommandRun.execute(FakeRegistry.standard(),
        "sweep", "--scenario", "green", "--seeds", "0..99");
    for (int k = 0; k < 2; k++) {
      CommandRun.execute(FakeRegistry.standard(), "sweep", "--scenario", "green", "--seeds", "0..99",
          "--shard", k + "/2", "--report", dir.resolve("g" + k + ".json").toString());
    }
    CommandRun merged = CommandRun.execute(FakeRegistry.standard(), "merge",
        dir.resolve("g0.json").toString(), dir.resolve("g1.json").toString());

    assertThat(merged.exitCode()).isZero();
    assertThat(merged.outLines().get(2))
        .isEqualTo(whole.outLines().get(2))
        .startsWith("no failure in 100 runs: per-seed failure probability below 0.0295");
  }

  @Test
  void reportsOfDifferentSweepsAreRefusedWithExitTwo() throws Exception {
    sweep("none.json", "--seeds", "0..19", "--shard", "0/2");
    sweep("buggy.json", "--seeds", "0..19", "--shard", "1/2", "--variant", "buggy");
    sweep("wider.json", "--seeds", "0..29", "--shard", "1/2");

    assertRefused(
        "seedsim merge: " + dir.resolve("buggy.json") + " is of another sweep than "
            + dir.resolve("none.json") + ": variant buggy, not none",
        "none.json", "buggy.json");
    assertRefused(
        "seedsim merge: " + dir.resolve("wider.json") + " is of another sweep than "
            + dir.resolve("none.json") + ": seeds 0..29, not 0..19",
        "none.json", "wider.json");

    ObjectNode otherBuild = (ObjectNode) json("none.json");
    otherBuild.put("shard", "1/2").put("build", "0123456789abcdef");
    new ObjectMapper().writeValue(dir.resolve("rebuilt.json").toFile(), otherBuild);
    assertRefused(
        "seedsim merge: " + dir.resolve("rebuilt.json") + " is of another sweep than "
            + dir.resolve("none.json") + ": build 0123456789abcdef, not "
            + json("none.json").get("build").asText(),
        "none.json", "rebuilt.json");
    assertRefused(
        "seedsim merge: " + dir.resolve("none.json") + " and " + dir.resolve("none.json")
            + " are both shard 0/2: give each shard once",
        "none.json", "none.json");
  }

  @Test
  void seedsThatNoReportCoversAreNamedAndTheExitCodeSaysIncomplete() throws Exception {
    sweep("green-0.json", "--seeds", "10..40", "--shard", "0/3", "--scenario", "green");
    sweep("green-2.json", "--seeds", "10..40", "--shard", "2/3", "--scenario", "green");

    CommandRun merged = CommandRun.execute(FakeRegistry.standard(), "merge",
        dir.resolve("green-0.json").toString(), dir.resolve("green-2.json").toString(),
        "--report", dir.resolve("merged.json").toString());

    assertThat(merged.exitCode()).isEqualTo(4);
    assertThat(merged.outLines())
        .contains(
            "sweep green variant none seeds 10..40: no report covers some seeds, 20 of 31 runs done",
            "not run: 11 runs (seeds 10..40 of shard 1/3)");
    JsonNode json = json("merged.json");
    assertThat(json.get("complete").asBoolean()).isFalse();
    assertThat(json.get("stopped").asText()).isEqualTo("uncovered");
    assertThat(json.get("notRunSeeds").toString())
        .isEqualTo("[{\"scenario\":\"green\",\"shard\":\"1/3\",\"seeds\":\"10..40\",\"count\":11}]");
  }

  private void assertRefused(String line, String... reports) {
    List<String> args = new ArrayList<>(List.of("merge"));
    for (String report : reports) {
      args.add(dir.resolve(report).toString());
    }
    CommandRun run = CommandRun.execute(FakeRegistry.standard(), args.toArray(String[]::new));
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly(line);
    assertThat(run.out()).isEmpty();
  }

  private CommandRun sweep(String report, String... args) {
    List<String> all = new ArrayList<>(List.of("sweep", "--report", dir.resolve(report).toString()));
    all.addAll(List.of(args));
    if (!all.contains("--scenario")) {
      all.addAll(List.of("--scenario", "sevens"));
    }
    return CommandRun.execute(FakeRegistry.standard(), all.toArray(String[]::new));
  }

  private JsonNode json(String name) throws Exception {
    return new ObjectMapper().readTree(dir.resolve(name).toFile());
  }

  /** The summary with its seeds/s and wall time, the only parts that differ run to run, cut. */
  private static List<String> withoutTiming(List<String> lines) {
    return lines.stream().map(l -> l.replaceAll("; [0-9.]+ seeds/s; (.*) in [0-9.]+ s wall", "; $1")).toList();
  }
}
