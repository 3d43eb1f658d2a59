package io.seedsim.scenarios.cli;

import io.seedsim.scenarios.testing.FakeRegistry;
import io.seedsim.scenarios.testing.FakeScenario;

/**
 * A real {@code seedsim sweep} over a slow fake scenario, for {@link CtrlCTest} to interrupt. It
 * says "slow run started" on stderr once runs are under way.
 */
public final class SlowSweepProcess {
  private SlowSweepProcess() {}

  public static void main(String[] args) {
    FakeScenario slow =
        new FakeScenario(
            "slow",
            (seed, variant) -> {
              if (seed == 3) {
                System.err.println("slow run started");
              }
              sleep(20);
              return seed % 7 == 0 ? "divisible by 7" : null;
            });
    String[] sweep = {
      "sweep", "--scenario", "slow", "--seeds", "0..100000", "--jobs", "2", "--report", args[0],
      "--junit", args[1]
    };
    System.exit(Main.newCommandLine(FakeRegistry.of(slow)).execute(sweep));
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis); // stands in for a long simulation
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted");
    }
  }
}
