package io.seedsim.scenarios.cli;

import io.seedsim.scenarios.testing.FakeRegistry;
import io.seedsim.scenarios.testing.FakeScenario;
import java.util.ArrayList;
import java.util.List;

/**
 * A real {@code seedsim sweep} over a scenario whose seed 7 fills the heap until the JVM runs out
 * of memory, for {@link EnvironmentErrorTest} to run under a small -Xmx. Arguments: the sweep's
 * own after "sweep --scenario hungry".
 */
public final class HungrySweepProcess {
  private HungrySweepProcess() {}

  public static void main(String[] args) {
    FakeScenario hungry =
        new FakeScenario(
            "hungry",
            (seed, variant) -> {
              if (seed == 7) {
                List<long[]> hoard = new ArrayList<>();
                while (true) {
                  hoard.add(new long[128 * 1024]); // 1 MiB at a time, until OutOfMemoryError
                }
              }
              return null;
            });
    List<String> sweep = new ArrayList<>(List.of("sweep", "--scenario", "hungry"));
    sweep.addAll(List.of(args));
    System.exit(Main.newCommandLine(FakeRegistry.of(hungry)).execute(sweep.toArray(String[]::new)));
  }
}
