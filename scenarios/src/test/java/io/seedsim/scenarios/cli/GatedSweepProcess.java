package io.seedsim.scenarios.cli;

import io.seedsim.scenarios.testing.FakeRegistry;
import io.seedsim.scenarios.testing.FakeScenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A real {@code seedsim sweep} that, on its first seed, waits until {@code parties} such processes
 * have started running, so {@link OutputPathsTest} can make two sweeps write the same reports at
 * the same time. Arguments: the gate directory, the party count, then the sweep's own arguments
 * after "sweep --scenario gated".
 */
public final class GatedSweepProcess {
  private GatedSweepProcess() {}

  public static void main(String[] args) throws IOException {
    Path gate = Path.of(args[0]);
    int parties = Integer.parseInt(args[1]);
    FakeScenario gated =
        new FakeScenario(
            "gated",
            (seed, variant) -> {
              if (seed == 0) {
                await(gate, parties);
              }
              return null;
            });
    String[] all = new String[args.length + 1];
    all[0] = "sweep";
    all[1] = "--scenario";
    all[2] = "gated";
    System.arraycopy(args, 2, all, 3, args.length - 2);
    System.exit(Main.newCommandLine(FakeRegistry.of(gated)).execute(all));
  }

  private static void await(Path gate, int parties) {
    try {
      Files.createTempFile(gate, "started-", "");
      for (int i = 0; i < 6000 && count(gate) < parties; i++) {
        Thread.sleep(10); // the other process is starting its JVM
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static long count(Path gate) throws IOException {
    try (Stream<Path> files = Files.list(gate)) {
      return files.count();
    }
  }
}
