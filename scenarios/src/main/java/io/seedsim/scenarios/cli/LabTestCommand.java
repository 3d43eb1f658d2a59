package io.seedsim.scenarios.cli;

import io.seedsim.scenarios.course.LabGrader;
import io.seedsim.scenarios.course.LabJUnitXml;
import io.seedsim.scenarios.course.LabKit;
import io.seedsim.scenarios.course.LabTestCase;
import io.seedsim.scenarios.course.LabTestOutcome;
import io.seedsim.scenarios.course.ReplayCommand;
import io.seedsim.scenarios.course.Scoreboard;
import io.seedsim.testkit.SeedRange;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    description = {
      "Compile a student's lab project (mvn -B -q -o compile) and run the seven lab tests against its",
      "kvlab.KVServer and kvlab.Clerk, determinism rules first; print one scoreboard line per lab test.",
      "The project's own test sources are not used, so a grade does not depend on them.",
      "Exit codes: 0 = every lab test passed, 1 = one failed (or the project does not compile), 2 = usage error,",
      "4 = environment error (out of memory, no thread): not a failure of the student's code."
    })
public final class LabTestCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "The student's project (written by seedsim lab init).")
  Path dir;

  @Option(
      names = "--seeds",
      paramLabel = "A..B",
      description = "The seeds each lab test runs (default: 0..99, as the student's own run); grade on others.")
  String seedsText = LabKit.DEFAULT_SEEDS.toString();

  @Option(names = "--junit", paramLabel = "F", description = "Also write the results as JUnit XML, one testcase per lab test.")
  Path junitFile;

  @Option(names = "--chaos", description = "Also run TestChaos: random faults beyond the handout's (duplicates, reordering, partitions).")
  boolean chaos;

  @Option(names = "--no-compile", description = "Use DIR/target/classes as they are (an earlier step compiled them).")
  boolean noCompile;

  @Override
  public Integer call() {
    SeedRange seeds = OptionValues.seeds("--seeds", seedsText);
    OutputFile junit = OutputFile.check("--junit", junitFile);
    PrintWriter out = spec.commandLine().getOut();
    CompiledStudent student = CompiledStudent.of(dir, !noCompile, out);
    if (student == null) {
      out.flush();
      return ExitCodes.FAILED;
    }
    LabGrader grader = new LabGrader(student.implementation(), student.findings(), student.project().pages(),
        ReplayCommand.labRun(dir.toString()));
    Scoreboard scoreboard = new Scoreboard(ReplayCommand.labRun(dir.toString()), Path.of(""));
    List<LabTestCase> tests = new ArrayList<>(LabTestCase.seven());
    if (chaos) {
      tests.add(LabTestCase.CHAOS);
    }
    Scoreboard.preamble(student.findings()).forEach(out::println);
    out.println(Scoreboard.header(seeds));
    out.flush();
    List<LabTestOutcome> outcomes = new ArrayList<>();
    for (LabTestCase test : tests) {
      LabTestOutcome outcome = grader.grade(test, seeds);
      outcomes.add(outcome);
      out.println(scoreboard.line(outcome));
      out.flush();
    }
    boolean written = junit == null || junit.writeTelling(
        file -> LabJUnitXml.write(outcomes, seeds, scoreboard, file), "seedsim lab test", spec.commandLine().getErr());
    if (!outcomes.stream().allMatch(LabTestOutcome::passed)) {
      return ExitCodes.FAILED;
    }
    return written ? ExitCodes.OK : ExitCodes.ENVIRONMENT;
  }
}
