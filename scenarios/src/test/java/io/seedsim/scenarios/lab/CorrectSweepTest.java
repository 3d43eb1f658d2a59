package io.seedsim.scenarios.lab;

import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.testkit.RunResult;
import io.seedsim.scenarios.junit.BuiltInScenarios;
import io.seedsim.testkit.SimulationTest;

/**
 * The correct implementation passes every scenario for 200 seeds, histories checked: one JUnit
 * test per seed through {@link SimulationTest}, which fails the seed's test with the replay
 * command when its run fails. {@code -Dseedsim.seeds=0..9999} widens the sweep from Maven.
 */
class CorrectSweepTest {

  @SimulationTest(seeds = 200, scenario = "basic", registry = BuiltInScenarios.class)
  void basic(RunResult run) {
    assertThat(run.events()).isPositive();
  }

  @SimulationTest(seeds = 200, scenario = "concurrent", registry = BuiltInScenarios.class)
  void concurrent(RunResult run) {
    assertThat(run.events()).isPositive();
  }

  @SimulationTest(seeds = 200, scenario = "unreliable", registry = BuiltInScenarios.class)
  void unreliable(RunResult run) {
    assertThat(run.events()).isPositive();
  }

  @SimulationTest(seeds = 200, scenario = "unreliable-one-key", registry = BuiltInScenarios.class)
  void unreliableOneKey(RunResult run) {
    assertThat(run.events()).isPositive();
  }

  @SimulationTest(seeds = 200, scenario = "static-shards", registry = BuiltInScenarios.class)
  void staticShards(RunResult run) {
    assertThat(run.events()).isPositive();
  }

  @SimulationTest(seeds = 200, scenario = "rejection", registry = BuiltInScenarios.class)
  void rejection(RunResult run) {
    assertThat(run.events()).isPositive();
  }

  @SimulationTest(seeds = 200, scenario = "unreliable-shards", registry = BuiltInScenarios.class)
  void unreliableShards(RunResult run) {
    assertThat(run.events()).isPositive();
  }

  @SimulationTest(seeds = 200, scenario = "chaos", registry = BuiltInScenarios.class)
  void chaos(RunResult run) {
    assertThat(run.virtualMicros()).isPositive();
  }

  @SimulationTest(seeds = 200, scenario = "durable", registry = BuiltInScenarios.class)
  void durable(RunResult run) {
    assertThat(run.virtualMicros()).isPositive();
  }
}
