package io.seedsim.scenarios;

import io.seedsim.testkit.Scenario;
import io.seedsim.testkit.ScenarioRegistry;
import io.seedsim.testkit.Variants;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.seedsim.testkit.ScenarioRegistry.VariantInfo;
import io.seedsim.scenarios.testing.FakeScenario;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioRegistryTest {

  @Test
  void findsScenariosByNameAndAlwaysAcceptsTheCorrectVariant() {
    ScenarioRegistry registry =
        new ScenarioRegistry(
            List.of(FakeScenario.passing("a"), FakeScenario.passing("b")),
            List.of(new VariantInfo("no-dedup", "applies a retried append twice")));

    assertThat(registry.find("b")).map(Scenario::name).contains("b");
    assertThat(registry.find("c")).isEmpty();
    assertThat(registry.hasVariant(Variants.NONE)).isTrue();
    assertThat(registry.hasVariant("no-dedup")).isTrue();
    assertThat(registry.hasVariant("other")).isFalse();
  }

  @Test
  void rejectsTwoScenariosWithOneName() {
    assertThatThrownBy(
            () ->
                new ScenarioRegistry(
                    List.of(FakeScenario.passing("a"), FakeScenario.passing("a")), List.of()))
        .hasMessage("two scenarios are named a");
  }
}
