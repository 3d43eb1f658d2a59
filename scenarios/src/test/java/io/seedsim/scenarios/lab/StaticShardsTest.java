package io.seedsim.scenarios.lab;

import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.kvstore.KvTimings;
import io.seedsim.kvstore.Variant;
import io.seedsim.sim.run.Trace;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lab's shard tests: which gets complete in the quiet window, and which never do. */
class StaticShardsTest {

  private static List<HistoryEntry> oneShotGets(LabRun run) {
    return run.entries().stream()
        .filter(e -> e.client() < StaticShardsScenario.KEYS && e.op().equals("get"))
        .toList();
  }

  @Test
  void withServersOneAndTwoCutOffServerZeroAnswersSevenKeysThenAllTen() {
    LabScenario.LabOutcome outcome = LabTesting.scenario("static-shards").simulate(11, Variant.CORRECT, Trace.Mode.HASH_ONLY);
    assertThat(outcome.failure()).isNull();
    List<HistoryEntry> gets = oneShotGets(outcome.run());
    assertThat(gets).hasSize(10).allMatch(HistoryEntry::returned);
    long quietStart = gets.stream().mapToLong(HistoryEntry::callMicros).max().orElseThrow();
    // Shard 1 (keys 1, 4, 7) lives on servers 1 and 2 only: its gets finish after the window.
    assertThat(gets).filteredOn(e -> e.returnMicros() - quietStart < StaticShardsScenario.QUIET_WINDOW_MICROS)
        .extracting(HistoryEntry::key).containsExactlyInAnyOrder("0", "2", "3", "5", "6", "8", "9");
  }

  @Test
  void rejectedGetsKeepRetryingUntilTheRunEndsWithUnknownOutcomes() {
    LabScenario.LabOutcome outcome = LabTesting.scenario("rejection").simulate(11, Variant.CORRECT, Trace.Mode.FULL);
    assertThat(outcome.failure()).isNull();
    List<HistoryEntry> gets = oneShotGets(outcome.run());
    assertThat(gets).filteredOn(e -> !e.returned()).extracting(HistoryEntry::key).containsExactlyInAnyOrder("1", "4", "7");
    // Each was rejected again and again for the whole quiet window: one try per round trip plus back-off.
    long rejections = outcome.run().sim.trace().lines().stream().filter(l -> l.contains("WRONG_GROUP")).count();
    long tryMicros = KvTimings.LAB.backoffMicros() + 2 * LabNetwork.RELIABLE_DELAY_MICROS;
    assertThat(rejections).isGreaterThan(3 * (StaticShardsScenario.QUIET_WINDOW_MICROS / tryMicros));
  }
}
