package io.seedsim.scenarios.cli;

import io.seedsim.scenarios.lab.LabScenarios;
import io.seedsim.testkit.ScenarioRegistry;
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
    int code;
    try {
      code = newCommandLine().execute(args);
    } catch (OutOfMemoryError e) {
      // picocli hands Errors back; this one deserves a line that says what to do, not a trace.
      System.err.println("seedsim: out of memory; give the JVM more, e.g. SEEDSIM_JAVA_OPTS=-Xmx8g bin/seedsim ...");
      code = ExitCodes.USAGE;
    }
    System.exit(code);
  }

  /** The configured command line with the built-in scenarios, shared by {@link #main}. */
  public static CommandLine newCommandLine() {
    return newCommandLine(LabScenarios.registry());
  }

  /** The command line over {@code registry}; CLI tests pass fake scenarios here. */
  public static CommandLine newCommandLine(ScenarioRegistry registry) {
    CommandLine cli = new CommandLine(new Main(), new CommandFactory(registry));
    // Bad input is one line on stderr and exit 2, never a usage dump or a stack trace.
    cli.setParameterExceptionHandler(
        (ex, args) -> {
          CommandLine command = ex.getCommandLine();
          String help = " (see " + command.getCommandSpec().qualifiedName() + " --help)";
          command.getErr().println(prefix(command) + ex.getMessage() + help);
          return ExitCodes.USAGE;
        });
    cli.setExecutionExceptionHandler(
        (ex, command, parseResult) -> {
          String message = ex instanceof UsageError ? ex.getMessage() : ex.toString();
          command.getErr().println(prefix(command) + message);
          return ExitCodes.USAGE;
        });
    return cli;
  }

  private static String prefix(CommandLine command) {
    return command.getCommandSpec().qualifiedName() + ": ";
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
