package io.seedsim.scenarios.lab;

import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.kvstore.Variant;
import io.seedsim.testkit.RunResult;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each buggy variant is found by a sweep of the scenario that exposes it, within 1,000 seeds. */
class VariantSweepTest {

  static final int MAX_SEEDS = 1_000;

  /** The scenario that exposes each bug. */
  static final Map<Variant, String> EXPOSED_BY = new EnumMap<>(Map.of(
      Variant.NO_DEDUP, "unreliable",
      Variant.DEDUP_BY_KEY, "basic",
      Variant.REUSE_SEQ, "basic",
      Variant.APPEND_RETURNS_NEW, "basic",
      Variant.LOCAL_READS, "chaos",
      Variant.LOCAL_WRITES, "unreliable-shards",
      Variant.NO_SHARD_CHECK, "rejection",
      Variant.PRIMARY_ONLY, "static-shards",
      Variant.ACK_BEFORE_FSYNC, "durable"));

  @Test
  void everyBugHasAScenarioThatExposesIt() {
    assertThat(EXPOSED_BY.keySet()).containsExactlyInAnyOrderElementsOf(Variant.bugs());
  }

  @ParameterizedTest
  @EnumSource(value = Variant.class, names = "CORRECT", mode = EnumSource.Mode.EXCLUDE)
  void aSweepFindsAFailingSeed(Variant bug) {
    LabScenario scenario = LabTesting.scenario(EXPOSED_BY.get(bug));
    RunResult failed = null;
    for (long seed = 0; seed < MAX_SEEDS && failed == null; seed++) {
      RunResult r = scenario.run(seed, bug.id());
      if (!r.passed()) {
        failed = r;
      }
    }
    assertThat(failed).as("%s: no failing seed of %s in %d seeds", bug.id(), scenario.name(), MAX_SEEDS).isNotNull();
    System.out.println(bug.id() + " found by " + failed.replayCommand() + ": " + failed.failure());
    assertThat(failed.failure()).doesNotContain("\n").isNotBlank();
    assertThat(failed.variant()).isEqualTo(bug.id());
    // A verdict or a broken assertion, not a crash of the harness.
    assertThat(failed.failure()).doesNotContainPattern("(NullPointer|ClassCast|IllegalState)Exception");
  }

  /** Swarm testing alone: chaos draws enough kinds of fault to catch every in-memory server's bug. */
  @ParameterizedTest
  @EnumSource(value = Variant.class, names = {"CORRECT", "ACK_BEFORE_FSYNC"}, mode = EnumSource.Mode.EXCLUDE)
  void chaosAloneFindsEveryInMemoryBug(Variant bug) {
    LabScenario chaos = LabTesting.scenario("chaos");
    long seed = 0;
    while (seed < MAX_SEEDS && chaos.run(seed, bug.id()).passed()) {
      seed++;
    }
    assertThat(seed).as("%s: no failing chaos seed in %d", bug.id(), MAX_SEEDS).isLessThan(MAX_SEEDS);
  }

  @Test
  void theExposingScenariosPassWithTheCorrectImplementation() {
    Arrays.stream(Variant.values()).filter(v -> v != Variant.CORRECT).map(EXPOSED_BY::get).distinct().forEach(name -> {
      RunResult r = LabTesting.scenario(name).run(0, Variant.CORRECT.id());
      assertThat(r.failure()).as(name).isNull();
    });
  }
}
