package io.seedsim.scenarios.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "lab",
    mixinStandardHelpOptions = true,
    description = {
      "The lab as a course kit: students write their own Clerk and KVServer and run the seven lab tests against them.",
      "",
      "  seedsim lab init DIR    write a starter project (skeleton, tests, HANDOUT.md); cd DIR && mvn -B test",
      "  seedsim lab test DIR    compile a student's project and print the scoreboard (for graders: --seeds, --junit)",
      "  seedsim lab run DIR     replay one lab test for one seed of a student's project and write its page"
    },
    subcommands = {LabInitCommand.class, LabTestCommand.class, LabRunCommand.class})
public final class LabCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }
}
