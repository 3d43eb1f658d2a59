package io.seedsim.scenarios.lab;

import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.kvstore.Variant;
import io.seedsim.testkit.RunResult;
import io.seedsim.sim.run.Trace;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChaosTest {

  @Test
  void eachSeedDrawsItsOwnFaultConfiguration() {
    Set<String> configs = new HashSet<>();
    for (long seed = 0; seed < 50; seed++) {
      ChaosConfig c = ChaosScenario.configFor(seed);
      assertThat(c.describe()).doesNotContain("\n").startsWith("chaos: ");
      assertThat(c.clientLinks().requestDropProbability()).isBetween(0.0, ChaosConfig.MAX_DROP_PROBABILITY);
      assertThat(c.partitions()).allMatch(p -> p.healMicros() <= c.faultMicros());
      configs.add(c.describe());
    }
    assertThat(configs).hasSize(50);
    assertThat(ChaosScenario.configFor(9).describe()).isEqualTo(ChaosScenario.configFor(9).describe());
  }

  @Test
  void theDrawnConfigurationIsInTheTraceAndInTheFailureLine() {
    LabScenario chaos = LabTesting.scenario("chaos");
    List<String> trace = chaos.simulate(3, Variant.CORRECT, Trace.Mode.FULL).run().sim.trace().lines();
    assertThat(trace.get(1)).contains("\"kind\":\"note\"").contains(ChaosScenario.configFor(3).describe().substring(0, 30));

    RunResult failed = null;
    for (long seed = 0; failed == null; seed++) {
      RunResult r = chaos.run(seed, Variant.NO_DEDUP.id());
      failed = r.passed() ? null : r;
    }
    assertThat(failed.failure()).endsWith("[" + ChaosScenario.configFor(failed.seed()).describe() + "]");
  }

  @Test
  void seedsDrawEachNewKindOfFaultSometimesAndKeepEveryShardReachable() {
    int targeted = 0, paused = 0, stopped = 0, stale = 0, clocks = 0, buggify = 0;
    for (long seed = 0; seed < 200; seed++) {
      ChaosConfig c = ChaosScenario.configFor(seed);
      targeted += c.targeted().isEmpty() ? 0 : 1;
      paused += c.pauses().isEmpty() ? 0 : 1;
      stopped += c.stoppedServers().isEmpty() ? 0 : 1;
      stale += c.staleView() == null ? 0 : 1;
      clocks += c.clocks().equals(io.seedsim.sim.run.ClockFaults.NONE) ? 0 : 1;
      buggify += c.buggify().equals(io.seedsim.sim.run.BuggifyOdds.OFF) ? 0 : 1;
      assertThat(c.pauses()).allMatch(p -> p.atMicros() + p.durationMicros() <= c.faultMicros());
      var shards = new io.seedsim.kvstore.ShardMap(c.servers(), c.replicas());
      for (int shard = 0; shard < c.servers(); shard++) {
        assertThat(shards.replicasOf(shard)).as("seed %d shard %d", seed, shard)
            .anyMatch(server -> !c.stoppedServers().contains(server));
      }
      if (c.staleView() != null) {
        assertThat(c.staleView().servers()).isLessThan(c.servers());
      }
    }
    for (int count : new int[] {targeted, paused, stopped, stale, clocks, buggify}) {
      assertThat(count).isBetween(20, 180);
    }
  }

  @Test
  void someSeedsPartitionTheClusterAndFaultTheServerLinks() {
    int partitioned = 0;
    int serverDrops = 0;
    for (long seed = 0; seed < 100; seed++) {
      ChaosConfig c = ChaosScenario.configFor(seed);
      partitioned += c.partitions().isEmpty() ? 0 : 1;
      serverDrops += c.serverLinks().requestDropProbability() > 0 ? 1 : 0;
    }
    assertThat(partitioned).isBetween(30, 90);
    assertThat(serverDrops).isBetween(50, 95);
  }
}
