package io.seedsim.scenarios.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code seedsim} command line. Each subcommand is one class returning its exit code. */
@Command(
    name = "seedsim",
    mixinStandardHelpOptions = true,
    version = "seedsim 0.1.0",
    description = "Deterministic simulation testing for distributed systems, with a linearizability checker.",
    subcommands = {
      ScenariosCommand.class,
      RunCommand.class,
      SweepCommand.class,
      CheckCommand.class,
      VizCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 = pass (or linearizable), 1 = a run failed (or a history is not linearizable),",
      "            2 = usage or input error, 3 = check: unknown (time budget spent), none not linearizable."
    })
public final class Main implements Runnable {

  public static void main(String[] args) {
    System.exit(newCommandLine().execute(args));
  }

  /** The configured command line, shared by {@link #main} and the CLI tests. */
  public static CommandLine newCommandLine() {
    CommandLine cli = new CommandLine(new Main());
    // picocli already answers invalid input with exit 2; an unexpected exception
    // becomes one line on stderr and exit 2 too, never a stack trace.
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          commandLine.getErr().println("seedsim " + commandLine.getCommandName() + ": " + ex);
          return ExitCodes.USAGE;
        });
    return cli;
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
