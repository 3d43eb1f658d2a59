package io.seedsim.scenarios.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measure speed; every figure is printed next to a baseline measured in the same run.",
    subcommands = {KernelBenchCommand.class, CheckerBenchCommand.class, SweepBenchCommand.class, ShrinkBenchCommand.class,
      PageBenchCommand.class})
public final class BenchCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }
}
