package io.seedsim.scenarios.lab;

import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.scenarios.RunResult;
import io.seedsim.scenarios.junit.SimulationTest;

/**
 * The correct implementation passes every scenario for 200 seeds, histories checked: one JUnit
 * test per seed through {@link SimulationTest}, which fails the seed's test with the replay
 * command when its run fails. {@code -Dseedsim.seeds=0..9999} widens the sweep from Maven.
 */
class CorrectSweepTest {

  @SimulationTest(seeds = 200, scenario = "basic")
  void basic(RunResult run) {
    assertThat(run.events()).isPositive();
  }

  @SimulationTest(seeds = 200, scenario = "concurrent")
  void concurrent(RunResult run) {
    assertThat(run.events()).isPositive();
  }

  @SimulationTest(seeds = 200, scenario = "unreliable")
  void unreliable(RunResult run) {
    assertThat(run.events()).isPositive();
  }

  @SimulationTest(seeds = 200, scenario = "unreliable-one-key")
  void unreliableOneKey(RunResult run) {
    assertThat(run.events()).isPositive();
  }

  @SimulationTest(seeds = 200, scenario = "static-shards")
  void staticShards(RunResult run) {
    assertThat(run.events()).isPositive();
  }

  @SimulationTest(seeds = 200, scenario = "rejection")
  void rejection(RunResult run) {
    assertThat(run.events()).isPositive();
  }

  @SimulationTest(seeds = 200, scenario = "unreliable-shards")
  void unreliableShards(RunResult run) {
    assertThat(run.events()).isPositive();
  }

  @SimulationTest(seeds = 200, scenario = "chaos")
  void chaos(RunResult run) {
    assertThat(run.virtualMicros()).isPositive();
  }
}
