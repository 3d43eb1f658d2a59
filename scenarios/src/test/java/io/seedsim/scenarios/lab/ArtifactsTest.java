package io.seedsim.scenarios.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.seedsim.kvstore.Variant;
import io.seedsim.testkit.RunResult;
import io.seedsim.testkit.Variants;
import io.seedsim.sim.run.Trace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactsTest {

  @TempDir
  Path dir;

  @Test
  void aSweepRunWritesItsFullTraceByRunningTheSeedAgain() throws IOException {
    RunResult r = LabTesting.scenario("unreliable-one-key").run(5, Variants.NONE);
    Path trace = dir.resolve("trace.jsonl");
    r.artifacts().writeTrace(trace);
    List<String> lines = Files.readAllLines(trace);
    assertThat(lines.get(0)).startsWith("{\"kind\":\"header\",\"scenario\":\"unreliable-one-key\",\"seed\":5,\"variant\":\"none\"");
    long traceSize = LabTesting.scenario("unreliable-one-key").simulate(5, Variant.CORRECT, Trace.Mode.FULL).run().sim.trace().size();
    assertThat(lines).hasSize((int) traceSize);
    assertThat(lines).anyMatch(l -> l.contains("\"kind\":\"drop\"")).anyMatch(l -> l.contains("\"kind\":\"return\""));

    Path again = dir.resolve("again.jsonl");
    r.artifacts().writeTrace(again);
    assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(trace));
  }

  @Test
  void aFailedRunsPageStatesItsFailureAndTheSameRunWritesTheSameBytes() throws IOException {
    RunResult r = LabTesting.scenario("static-shards").run(0, "primary-only");
    assertThat(r.failure()).startsWith("4 of 10 gets completed");
    Path page = dir.resolve("page.html");
    r.artifacts().writeHtml(page);
    String html = Files.readString(page);
    assertThat(html).contains("4 of 10 gets completed before a quiet window", "\"traceHash\":\"" + r.traceHash() + "\"",
        "bin/seedsim run --scenario static-shards --seed 0 --variant primary-only");
    assertThat(html).as("the trace is the run's (same hash), so it is kept").contains("\"trace\":{");

    Path again = dir.resolve("again.html");
    LabTesting.scenario("static-shards").run(0, "primary-only").artifacts().writeHtml(again);
    assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(page));
  }

  @Test
  void theHistoryHasEveryOperationWithItsTraceId() throws IOException {
    RunResult r = LabTesting.scenario("unreliable-one-key").run(5, Variants.NONE);
    Path history = dir.resolve("history.jsonl");
    r.artifacts().writeHistory(history);
    List<String> lines = Files.readAllLines(history);
    // The main client's put and get, and 5 x 10 appends.
    assertThat(lines).hasSize(52);
    assertThat(lines.get(0)).startsWith("{\"client\":5,\"op\":\"put\",\"key\":\"k\",\"value\":\"\",\"call\":");
    assertThat(lines).filteredOn(l -> l.contains("\"op\":\"append\"")).hasSize(50);
    assertThat(lines).noneMatch(l -> l.contains("\"return\":null"));
  }

  @Test
  void theWrittenHistoryReadsBackIntoTheCheckerAndIsLinearizable() throws Exception {
    RunResult r = LabTesting.scenario("unreliable").run(3, Variants.NONE);
    Path history = dir.resolve("history.jsonl");
    r.artifacts().writeHistory(history);
    var model = io.seedsim.checker.Models.byName("kv");
    var ops = io.seedsim.checker.HistoryFormats.read(history, model);
    assertThat(ops).isNotEmpty();
    assertThat(io.seedsim.checker.Linearizability.check(model, ops, java.time.Duration.ofMinutes(1)).verdict())
        .isEqualTo(io.seedsim.checker.Verdict.LINEARIZABLE);
  }

  @Test
  void thePageHoldsTheHistoryAndTheTraceOfTheRun() throws IOException {
    RunResult r = LabTesting.scenario("unreliable-one-key").run(5, Variants.NONE);
    Path page = dir.resolve("page.html");
    r.artifacts().writeHtml(page);
    String html = Files.readString(page);
    assertThat(html).startsWith("<!DOCTYPE html>")
        .contains("unreliable-one-key, seed 5, variant none")
        .contains("\"verdict\":\"LINEARIZABLE\"")
        .contains("\"nodes\":[\"client-0\"");
  }
}
