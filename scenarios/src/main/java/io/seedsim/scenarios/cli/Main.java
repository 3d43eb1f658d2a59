package io.seedsim.scenarios.cli;

import io.seedsim.scenarios.lab.LabScenarios;
import io.seedsim.testkit.EnvironmentError;
import io.seedsim.testkit.ScenarioRegistry;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
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
      MergeCommand.class,
      CheckCommand.class,
      VizCommand.class,
      BenchCommand.class,
      LabCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 = pass (or linearizable)",
      "            1 = a run failed (or a history is not linearizable)",
      "            2 = usage or input error",
      "            3 = check: unknown (time budget spent), none not linearizable",
      "            4 = environment error, not a failure of any run: out of memory,",
      "                no thread, a report that could not be written"
    })
public final class Main implements Callable<Integer> {

  public static void main(String[] args) {
    // Output must not depend on where it runs: no Arabic-Indic digits, no decimal commas.
    Locale.setDefault(Locale.ROOT);
    // A worker thread (the checker's partitions) that runs out of memory hands the error to the
    // command, which reports it in one line; the JVM's default would add a stack trace line too.
    Thread.setDefaultUncaughtExceptionHandler(Main::uncaught);
    int code;
    try {
      boolean check = args.length > 0 && args[0].equals("check");
      // A plain check runs without picocli, whose start costs more than checking a small file.
      Integer plain = check ? PlainCheckLine.run(List.of(args).subList(1, args.length)) : null;
      code = plain != null ? plain : (check ? checkOnly() : newCommandLine()).execute(args);
    } catch (Throwable thrown) { // picocli hands Errors back
      Throwable environmental = EnvironmentError.rootOf(thrown);
      if (environmental == null) {
        throw thrown;
      }
      // One line that says what to do, not a stack trace; the JVM may be short of memory.
      System.err.println(environmentLine("seedsim: ", new EnvironmentError(environmental)));
      code = ExitCodes.ENVIRONMENT;
    }
    System.exit(code);
  }

  private static void uncaught(Thread thread, Throwable thrown) {
    if (EnvironmentError.rootOf(thrown) == null) {
      System.err.println("seedsim: thread " + thread.getName() + " died: " + thrown);
    }
  }

  /** {@code seedsim run: environment error, not a failure of the scenario: out of memory; ...} */
  static String environmentLine(String prefix, EnvironmentError error) {
    return prefix
        + "environment error, not a failure of the scenario: "
        + error.what()
        + "; "
        + error.advice();
  }

  /** The configured command line with the built-in scenarios, shared by {@link #main}. */
  public static CommandLine newCommandLine() {
    return newCommandLine(LabScenarios.registry());
  }

  /**
   * {@code seedsim check} alone, for the start: building every subcommand costs about a third of
   * a short check's time. The same name, handlers and output as under {@link #newCommandLine}.
   */
  static CommandLine checkOnly() {
    CommandLine cli = new CommandLine(CommandLine.Model.CommandSpec.create().name("seedsim"));
    cli.addSubcommand("check", new CheckCommand());
    return withHandlers(cli);
  }

  /** The command line over {@code registry}; CLI tests pass fake scenarios here. */
  public static CommandLine newCommandLine(ScenarioRegistry registry) {
    return withHandlers(new CommandLine(new Main(), new CommandFactory(registry)));
  }

  private static CommandLine withHandlers(CommandLine cli) {
    // Bad input is one line on stderr and exit 2, never a usage dump or a stack trace.
    cli.setParameterExceptionHandler(
        (ex, args) -> {
          CommandLine command = ex.getCommandLine();
          String help = " (see " + command.getCommandSpec().qualifiedName() + " --help)";
          command.getErr().println(prefix(command) + Echo.cut(ex.getMessage()) + help);
          return ExitCodes.USAGE;
        });
    cli.setExecutionExceptionHandler((ex, command, parseResult) -> executionError(ex, prefix(command), command.getErr()));
    return cli;
  }

  /** An exception out of a command: one line on {@code err}, and the exit code. */
  static int executionError(Exception ex, String prefix, PrintWriter err) {
    if (ex instanceof EnvironmentError environment) {
      err.println(environmentLine(prefix, environment));
      return ExitCodes.ENVIRONMENT;
    }
    String message = ex instanceof UsageError ? ex.getMessage() : ex.toString();
    err.println(prefix + Echo.cut(message));
    return ExitCodes.USAGE;
  }

  private static String prefix(CommandLine command) {
    return command.getCommandSpec().qualifiedName() + ": ";
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** {@code seedsim} alone: a command is missing, which is a usage error. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }
}
