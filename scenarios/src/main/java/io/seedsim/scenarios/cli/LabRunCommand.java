package io.seedsim.scenarios.cli;

import io.seedsim.scenarios.course.LabGrader;
import io.seedsim.scenarios.course.LabTestCase;
import io.seedsim.scenarios.course.ReplayCommand;
import io.seedsim.testkit.RunResult;
import io.seedsim.sim.run.Trace;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Compile a student's lab project and run one lab test for one seed against it, as lab test did;",
      "print the outcome and the reason, and write the run's page, trace or history.",
      "Exit codes: 0 = passed, 1 = failed (or the project does not compile), 2 = usage error,",
      "4 = environment error (out of memory, no thread): not a failure of the student's code."
    })
public final class LabRunCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "The student's project.")
  Path dir;

  @Option(names = "--test", required = true, paramLabel = "T", description = "The lab test: TestBasic, ..., TestUnreliableShards, TestChaos.")
  String testName;

  @Option(names = "--seed", required = true, paramLabel = "N", description = "The seed.")
  String seedText;

  @Option(names = "--html", paramLabel = "F", description = "Write the run's page (one HTML file).")
  Path htmlFile;

  @Option(names = "--trace", paramLabel = "F", description = "Write the full trace (JSON lines, one record per line: docs/trace-format.md).")
  Path traceFile;

  @Option(names = "--history", paramLabel = "F", description = "Write the checked history (JSON lines).")
  Path historyFile;

  @Option(names = "--no-compile", description = "Use DIR/target/classes as they are (an earlier step compiled them).")
  boolean noCompile;

  @Override
  public Integer call() {
    LabTestCase test = LabTestCase.byName(testName)
        .orElseThrow(() -> new UsageError("--test " + testName + ": no such lab test (" + LabTestCase.names() + ")"));
    long seed = OptionValues.seed("--seed", seedText);
    OutputFile history = OutputFile.check("--history", historyFile);
    OutputFile trace = OutputFile.check("--trace", traceFile);
    OutputFile html = OutputFile.check("--html", htmlFile);
    OutputFile.requireDistinct(history, trace, html);
    PrintWriter out = spec.commandLine().getOut();
    CompiledStudent student = CompiledStudent.of(dir, !noCompile, out);
    if (student == null) {
      out.flush();
      return ExitCodes.FAILED;
    }
    if (!student.findings().isEmpty()) {
      out.println("FAIL not run: the determinism guard found");
      student.findings().forEach(f -> out.println("  " + f));
      out.flush();
      return ExitCodes.FAILED;
    }
    RunResult result = new LabGrader(student.implementation(), student.findings(), null, ReplayCommand.labRun(dir.toString()))
        .run(test, seed, htmlFile != null || traceFile != null ? Trace.Mode.FULL : Trace.Mode.HASH_ONLY);
    out.println(String.format(Locale.ROOT, "%s %s seed %d (%s) trace %s (%d events, %.3f s virtual)",
        result.passed() ? "PASS" : "FAIL", test.testName(), seed, result.variant(),
        result.traceHash() == null ? "none" : result.traceHash(), result.events(), result.virtualMicros() / 1e6));
    if (!result.passed()) {
      out.println("reason: " + result.failure());
    }
    out.flush();
    boolean written = write(history, result.artifacts()::writeHistory)
        & write(trace, result.artifacts()::writeTrace)
        & write(html, result.artifacts()::writeHtml);
    if (!result.passed()) {
      return ExitCodes.FAILED;
    }
    return written ? ExitCodes.OK : ExitCodes.ENVIRONMENT;
  }

  private boolean write(OutputFile file, OutputFile.Content content) {
    return file == null || file.writeTelling(content, "seedsim lab run", spec.commandLine().getErr());
  }
}
