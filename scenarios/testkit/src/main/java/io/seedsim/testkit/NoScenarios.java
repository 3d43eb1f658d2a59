package io.seedsim.testkit;

import java.util.List;
import java.util.function.Supplier;

/** The default {@link SimulationTest#registry()}: no scenarios, for tests that run their own code. */
public final class NoScenarios implements Supplier<ScenarioRegistry> {
  @Override
  public ScenarioRegistry get() {
    return new ScenarioRegistry(List.of(), List.of());
  }
}
