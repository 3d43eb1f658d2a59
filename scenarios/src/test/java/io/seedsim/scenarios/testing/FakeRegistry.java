package io.seedsim.scenarios.testing;

import io.seedsim.testkit.Scenario;
import io.seedsim.testkit.ScenarioRegistry;
import io.seedsim.testkit.ScenarioRegistry.VariantInfo;
import java.util.List;

/** Registries of fake scenarios for the command line tests. */
public final class FakeRegistry {
  private FakeRegistry() {}

  /** "sevens" (fails on multiples of 7), "green" (always passes), variant "buggy". */
  public static ScenarioRegistry standard() {
    return of(FakeScenario.failsOnSevens("sevens"), FakeScenario.passing("green"));
  }

  public static ScenarioRegistry of(Scenario... scenarios) {
    return new ScenarioRegistry(
        List.of(scenarios), List.of(new VariantInfo("buggy", "also fails on multiples of 3")));
  }
}
