package io.seedsim.scenarios.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.seedsim.testkit.Scenario;
import io.seedsim.testkit.ScenarioRegistry.VariantInfo;
import io.seedsim.testkit.Variants;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabScenariosTest {

  @Test
  void theSevenLabTestsChaosAndDurable() {
    assertThat(LabScenarios.all()).extracting(Scenario::name).containsExactly(
        "basic", "concurrent", "unreliable", "unreliable-one-key", "static-shards", "rejection", "unreliable-shards",
        "chaos", "durable");
    assertThat(LabScenarios.all()).allSatisfy(s -> assertThat(s.description()).isNotBlank().doesNotContain("\n"));
  }

  @Test
  void atLeastSixBuggyVariantsWithDistinctNames() {
    List<VariantInfo> variants = LabScenarios.variants();
    assertThat(variants).hasSizeGreaterThanOrEqualTo(6);
    assertThat(variants).extracting(VariantInfo::name).doesNotHaveDuplicates().doesNotContain(Variants.NONE)
        .allSatisfy(n -> assertThat(n).matches("[a-z][a-z-]*"));
    assertThat(variants).allSatisfy(v -> assertThat(v.description()).isNotBlank());
  }

  @Test
  void everyScenarioHandsItsWholeHistoryToTheCheck() {
    List<Integer> sizes = new ArrayList<>();
    HistoryCheck spy = history -> {
      sizes.add(history.size());
      return null;
    };
    for (Scenario s : LabScenarios.all(spy)) {
      assertThat(s.run(1, Variants.NONE).passed()).as(s.name()).isTrue();
    }
    assertThat(sizes).hasSize(9).allMatch(n -> n >= 20);
  }

  @Test
  void aViolationTheCheckReportsFailsTheRunWithItsLine() {
    Scenario basic = LabScenarios.all(history -> "key \"0\": boom").get(0);
    assertThat(basic.run(1, Variants.NONE).failure()).isEqualTo("history not linearizable: key \"0\": boom");
  }

  @Test
  void anUnknownVariantIsRefusedWithTheKnownNames() {
    assertThatThrownBy(() -> LabTesting.scenario("basic").run(1, "no-such-bug"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown variant 'no-such-bug'")
        .hasMessageContaining("no-dedup");
  }
}
