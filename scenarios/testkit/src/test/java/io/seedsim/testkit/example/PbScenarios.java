package io.seedsim.testkit.example;

import io.seedsim.testkit.ScenarioRegistry;
import java.util.List;
import java.util.function.Supplier;

/** The primary-backup register's scenarios and its buggy variant, for @SimulationTest and bin/seedsim. */
public final class PbScenarios implements Supplier<ScenarioRegistry> {
  @Override
  public ScenarioRegistry get() {
    return new ScenarioRegistry(
        List.of(new PbScenario("pb", true), new PbScenario("pb-calm", false)),
        List.of(new ScenarioRegistry.VariantInfo(PbScenario.ASYNC_REPLICATION,
            "the primary answers a write before its backups have it")));
  }
}
