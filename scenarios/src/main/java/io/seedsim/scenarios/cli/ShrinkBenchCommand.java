package io.seedsim.scenarios.cli;

import io.seedsim.scenarios.bench.ShrinkBenchmark;
import io.seedsim.testkit.ScenarioRegistry;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code seedsim bench shrink}: each variant's first failing seed, shrunk; sizes and time. */
@Command(
    name = "shrink",
    mixinStandardHelpOptions = true,
    description = "Shrink the first failing seed of each buggy variant (seeds in order, every scenario);"
        + " print events and operations before and after, and the time each shrink took.")
public final class ShrinkBenchCommand implements Callable<Integer> {
  private final ScenarioRegistry registry;

  @Spec CommandSpec spec;

  @Option(names = "--max-seeds", paramLabel = "N", defaultValue = "1000",
      description = "Seeds to try per variant, from 0 (default: ${DEFAULT-VALUE}).")
  long maxSeeds;

  @Option(names = "--shrink-time", paramLabel = "SECONDS", defaultValue = "60",
      description = "Time budget of each shrink (default: ${DEFAULT-VALUE}).")
  double shrinkSeconds;

  public ShrinkBenchCommand(ScenarioRegistry registry) {
    this.registry = registry;
  }

  @Override
  public Integer call() {
    if (maxSeeds < 1) {
      throw new UsageError("--max-seeds " + maxSeeds + ": must be at least 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    new ShrinkBenchmark(registry, maxSeeds, ShrinkRun.time(shrinkSeconds)).run(out);
    out.flush();
    return ExitCodes.OK;
  }
}
