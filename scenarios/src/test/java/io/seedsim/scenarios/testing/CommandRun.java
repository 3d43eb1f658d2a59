package io.seedsim.scenarios.testing;

import io.seedsim.testkit.ScenarioRegistry;
import io.seedsim.scenarios.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/** One execution of the seedsim command line: exit code, stdout and stderr. */
public record CommandRun(int exitCode, String out, String err) {

  public static CommandRun execute(ScenarioRegistry registry, String... args) {
    CommandLine cli = Main.newCommandLine(registry);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new CommandRun(code, out.toString(), err.toString());
  }

  public List<String> outLines() {
    return out.lines().toList();
  }

  public List<String> errLines() {
    return err.lines().toList();
  }
}
