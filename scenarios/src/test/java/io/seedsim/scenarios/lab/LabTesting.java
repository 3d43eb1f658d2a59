package io.seedsim.scenarios.lab;

import io.seedsim.testkit.Scenario;

/** The lab scenarios as the tests use them, histories judged by the real checker. */
final class LabTesting {

  private LabTesting() {}

  static LabScenario scenario(String name) {
    for (Scenario s : LabScenarios.all()) {
      if (s.name().equals(name)) {
        return (LabScenario) s;
      }
    }
    throw new IllegalArgumentException("no lab scenario " + name);
  }
}
