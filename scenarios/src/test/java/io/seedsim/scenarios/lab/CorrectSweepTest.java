package io.seedsim.scenarios.lab;

import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.scenarios.RunResult;
import io.seedsim.scenarios.Variants;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The correct implementation passes every scenario for 200 seeds, histories checked. */
class CorrectSweepTest {

  static final int SEEDS = 200;

  @ParameterizedTest
  @ValueSource(strings = {"basic", "concurrent", "unreliable", "unreliable-one-key", "static-shards", "rejection",
      "unreliable-shards", "chaos"})
  void everySeedPasses(String name) {
    LabScenario scenario = LabTesting.scenario(name);
    List<String> failures = new ArrayList<>();
    for (long seed = 0; seed < SEEDS; seed++) {
      RunResult r = scenario.run(seed, Variants.NONE);
      if (!r.passed()) {
        failures.add("seed " + seed + ": " + r.failure() + "\n  replay: " + r.replayCommand());
      }
    }
    assertThat(failures).as(name).isEmpty();
  }
}
