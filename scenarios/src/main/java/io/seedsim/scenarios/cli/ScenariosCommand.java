package io.seedsim.scenarios.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "scenarios", mixinStandardHelpOptions = true, description = "List the built-in scenarios and buggy variants, one per line.")
public final class ScenariosCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("seedsim scenarios: not built yet");
    return ExitCodes.USAGE;
  }
}
