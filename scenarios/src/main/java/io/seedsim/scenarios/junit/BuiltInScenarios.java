package io.seedsim.scenarios.junit;

import io.seedsim.scenarios.lab.LabScenarios;
import io.seedsim.testkit.ScenarioRegistry;
import java.util.function.Supplier;

/** The default {@link SimulationTest#registry()}: seedsim's built-in scenarios. */
public final class BuiltInScenarios implements Supplier<ScenarioRegistry> {
  @Override
  public ScenarioRegistry get() {
    return LabScenarios.registry();
  }
}
