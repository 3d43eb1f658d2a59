package io.seedsim.scenarios.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "check", mixinStandardHelpOptions = true, description = "Check recorded histories for linearizability.")
public final class CheckCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("seedsim check: not built yet");
    return ExitCodes.USAGE;
  }
}
