package io.seedsim.scenarios.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure the kernel, the checker and the sweep; print rates and ratios against a baseline.")
public final class BenchCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("seedsim bench: not built yet");
    return ExitCodes.USAGE;
  }
}
