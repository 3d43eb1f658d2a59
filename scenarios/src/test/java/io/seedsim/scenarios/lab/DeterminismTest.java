package io.seedsim.scenarios.lab;

import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.kvstore.Variant;
import io.seedsim.testkit.RunResult;
import io.seedsim.testkit.Variants;
import io.seedsim.sim.run.Trace;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeterminismTest {

  @ParameterizedTest
  @ValueSource(strings = {"basic", "concurrent", "unreliable", "unreliable-one-key", "static-shards", "rejection",
      "unreliable-shards", "chaos"})
  void sameSeedSameTraceHashAndDifferentSeedsDiffer(String name) {
    RunResult first = LabTesting.scenario(name).run(42, Variants.NONE);
    RunResult again = LabTesting.scenario(name).run(42, Variants.NONE);
    assertThat(again.traceHash()).isEqualTo(first.traceHash());
    assertThat(again.events()).isEqualTo(first.events());
    assertThat(again.virtualMicros()).isEqualTo(first.virtualMicros());

    Set<String> hashes = new HashSet<>();
    for (long seed = 0; seed < 10; seed++) {
      hashes.add(LabTesting.scenario(name).run(seed, Variants.NONE).traceHash());
    }
    assertThat(hashes).as("10 seeds of %s", name).hasSize(10);
  }

  @ParameterizedTest
  @ValueSource(strings = {"unreliable-shards", "chaos"})
  void aFullTraceHashesLikeTheSweepsHashOnlyTrace(String name) {
    LabScenario scenario = LabTesting.scenario(name);
    String hashOnly = scenario.simulate(7, Variant.CORRECT, Trace.Mode.HASH_ONLY).run().sim.trace().hash();
    Trace full = scenario.simulate(7, Variant.CORRECT, Trace.Mode.FULL).run().sim.trace();
    assertThat(full.hash()).isEqualTo(hashOnly);
    assertThat(full.lines()).hasSize((int) full.size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"basic", "unreliable"})
  void aVariantChangesTheRun(String name) {
    LabScenario scenario = LabTesting.scenario(name);
    assertThat(scenario.run(3, "append-returns-new").traceHash()).isNotEqualTo(scenario.run(3, Variants.NONE).traceHash());
  }
}
