package io.seedsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.scenarios.testing.CommandRun;
import io.seedsim.scenarios.testing.FakeRegistry;
import org.junit.jupiter.api.Test;

class ScenariosCommandTest {

  @Test
  void listsScenariosThenVariants() {
    CommandRun run = CommandRun.execute(FakeRegistry.standard(), "scenarios");

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines())
        .containsExactly(
            "scenario sevens - a fake scenario for tests",
            "scenario green - a fake scenario for tests",
            "variant none - the system as written, no bug switched on (the default)",
            "variant buggy - also fails on multiples of 3");
  }
}
