package io.seedsim.scenarios.cli;

import io.seedsim.checker.bench.CorpusBenchmark;
import io.seedsim.scenarios.bench.CheckerSweepShare;
import io.seedsim.checker.bench.ParseBenchmark;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "checker",
    mixinStandardHelpOptions = true,
    description = {
      "Time the linearizability checker on Porcupine's corpus, next to Porcupine's own times.",
      "Per file: min and median of the measured runs after warm-up (parsing excluded); then totals and ratios.",
      "Then parsing: one kv history as JSON lines and as EDN, microseconds per operation and the ratio.",
      "Then the checker's share of a lab sweep: the sweep's wall time on one worker with no check, with the check after each"
          + " run only (the baseline), and with the live check the lab runs; medians of 5 turns taken in rotation."
    })
public final class CheckerBenchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--histories", paramLabel = "DIR", defaultValue = "../shared/histories",
      description = "The folder holding porcupine/ and porcupine-baseline.csv (default ${DEFAULT-VALUE}).")
  Path histories;

  @Option(names = "--warmups", defaultValue = "5", description = "Warm-up passes over the corpus (default ${DEFAULT-VALUE}).")
  int warmups;

  @Option(names = "--runs", defaultValue = "10", description = "Measured runs per file (default ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--only", defaultValue = "", paramLabel = "TEXT", description = "Only files whose name contains TEXT.")
  String only;

  @Option(names = "--sweep-seeds", defaultValue = "200", paramLabel = "N",
      description = "Seeds per scenario for the checker's share of a lab sweep (basic, concurrent); 0 skips it"
          + " (default ${DEFAULT-VALUE}).")
  int sweepSeeds;

  @Option(names = "--parse-operations", defaultValue = "20000", paramLabel = "N",
      description = "Operations of the history parsed as JSON lines and as EDN (default ${DEFAULT-VALUE}).")
  int parseOperations;

  @Override
  public Integer call() throws Exception {
    if (warmups < 0 || runs < 1 || parseOperations < 1) {
      spec.commandLine().getErr().println("seedsim bench checker: --runs and --parse-operations must be at least 1 and --warmups not negative");
      return ExitCodes.USAGE;
    }
    if (sweepSeeds < 0) {
      spec.commandLine().getErr().println("seedsim bench checker: --sweep-seeds must not be negative");
      return ExitCodes.USAGE;
    }
    if (!histories.resolve("porcupine-baseline.csv").toFile().isFile()) {
      spec.commandLine().getErr().println("seedsim bench checker: no porcupine-baseline.csv in " + histories);
      return ExitCodes.USAGE;
    }
    boolean agree = new CorpusBenchmark(histories, warmups, runs, Duration.ofSeconds(60), only)
        .run(spec.commandLine().getOut());
    // Reading, which the corpus times leave out: one history in two formats, in this run.
    ParseBenchmark parsing = new ParseBenchmark(parseOperations, warmups, runs);
    parsing.print(spec.commandLine().getOut(), parsing.measure());
    if (sweepSeeds > 0) CheckerSweepShare.print(spec.commandLine().getOut(), spec.commandLine().getErr(), sweepSeeds);
    return agree ? ExitCodes.OK : ExitCodes.FAILED;
  }
}
