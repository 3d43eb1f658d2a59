package io.seedsim.scenarios.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "viz", mixinStandardHelpOptions = true, description = "Write a self-contained HTML page for a history or trace file.")
public final class VizCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("seedsim viz: not built yet");
    return ExitCodes.USAGE;
  }
}
