package io.seedsim.scenarios.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "sweep", mixinStandardHelpOptions = true, description = "Run a scenario (or all) over a range of seeds, in parallel, with a summary.")
public final class SweepCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("seedsim sweep: not built yet");
    return ExitCodes.USAGE;
  }
}
