package io.seedsim.scenarios.cli;

import io.seedsim.scenarios.bench.KernelBenchmark;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "kernel",
    mixinStandardHelpOptions = true,
    description = "Event rate of the kernel on a ring of nodes passing messages with timers, "
        + "against a bare java.util.PriorityQueue loop over as many events, measured in the same run.")
public final class KernelBenchCommand implements Callable<Integer> {

  @Option(names = "--nodes", defaultValue = "1000", description = "Nodes in the ring (default ${DEFAULT-VALUE}).")
  int nodes;

  @Option(names = "--tokens", defaultValue = "1000", description = "Messages in flight at once (default ${DEFAULT-VALUE}).")
  int tokens;

  @Option(names = "--events", defaultValue = "5000000", description = "Events per round (default ${DEFAULT-VALUE}).")
  long events;

  @Option(names = "--rounds", defaultValue = "5", description = "Measured rounds after warm-up (default ${DEFAULT-VALUE}).")
  int rounds;

  @Override
  public Integer call() {
    if (nodes < 2 || tokens < 1 || events < 1 || rounds < 1) {
      System.err.println("seedsim bench kernel: --nodes must be >= 2 and --tokens, --events, --rounds >= 1");
      return ExitCodes.USAGE;
    }
    new KernelBenchmark(nodes, Math.min(tokens, nodes), events).run(System.out, rounds);
    return ExitCodes.OK;
  }
}
