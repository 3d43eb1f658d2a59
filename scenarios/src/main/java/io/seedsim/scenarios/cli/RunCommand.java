package io.seedsim.scenarios.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "run", mixinStandardHelpOptions = true, description = "Run one scenario for one seed; on failure print the reason and the replay command.")
public final class RunCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("seedsim run: not built yet");
    return ExitCodes.USAGE;
  }
}
