package io.seedsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.seedsim.scenarios.testing.CommandRun;
import io.seedsim.scenarios.testing.FakeRegistry;
import io.seedsim.scenarios.testing.JUnitXml;
import io.seedsim.scenarios.testing.JavaProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Report and artifact paths are checked before the first run and written atomically. */
class OutputPathsTest {
  @TempDir Path dir;

  @Test
  void aBadReportPathIsAUsageErrorBeforeAnyRun() {
    String tooLong = dir.resolve("r".repeat(300) + ".json").toString();
    assertRefused(
        "--report " + dir + ": is a directory", "--report", dir.toString());
    assertRefused(
        "--junit " + tooLong + ": the file name is too long (305 bytes, at most 255)",
        "--junit",
        tooLong);
    assertRefused(
        "--report " + dir.resolve("r.json") + " and --junit " + dir.resolve("./r.json")
            + ": the same file; give each its own",
        "--report",
        dir.resolve("r.json").toString(),
        "--junit",
        dir.resolve("./r.json").toString());
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void aReportIsReadableByOthersAsAFileWrittenInPlaceWouldBe() throws Exception {
    Path report = dir.resolve("r.json");
    sweep("--report", report.toString());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report))).isEqualTo("rw-r--r--");
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void aDirectoryThatTakesNoFilesIsAUsageErrorBeforeAnyRun() {
    CommandRun run = sweep("--report", "/proc/x.json");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .isEqualTo("seedsim sweep: --report /proc/x.json: cannot create files in /proc");
    assertThat(run.out()).as("no run happened").isEmpty();
  }

  @Test
  void runChecksItsArtifactPathsBeforeTheRun() {
    CommandRun run =
        CommandRun.execute(
            FakeRegistry.standard(),
            "run", "--scenario", "sevens", "--seed", "7", "--trace", dir.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("seedsim run: --trace " + dir + ": is a directory");
    assertThat(run.out()).isEmpty();
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void aReportThatCannotBeWrittenAfterTheRunsKeepsTheFailureExitCodeAndTheOtherReport()
      throws Exception {
    Path junit = dir.resolve("junit.xml");
    CommandRun run = sweep("--report", "/dev/full", "--junit", junit.toString());

    assertThat(run.exitCode()).as("a run failed: that outranks the report").isEqualTo(1);
    assertThat(run.errLines())
        .containsExactly(
            "seedsim sweep: --report /dev/full: cannot write: No space left on device");
    assertThat(JUnitXml.parseValid(junit).getElementsByTagName("testcase").getLength())
        .isEqualTo(10);

    CommandRun clean =
        CommandRun.execute(
            FakeRegistry.standard(),
            "sweep", "--scenario", "green", "--seeds", "0..9", "--report", "/dev/full");
    assertThat(clean.exitCode()).as("no run failed: the environment did").isEqualTo(4);
  }

  @Test
  void aFailedWriteLeavesTheOldFileWholeAndNoTemporaryFile() throws Exception {
    Path trace = dir.resolve("trace.jsonl");
    Files.writeString(trace, "the old trace\n");
    OutputFile file = OutputFile.check("--trace", trace);

    try {
      file.write(
          temporary -> {
            Files.writeString(temporary, "half a new tr");
            throw new java.io.IOException("No space left on device");
          });
    } catch (java.io.IOException expected) {
      assertThat(expected).hasMessage("No space left on device");
    }

    assertThat(Files.readString(trace)).isEqualTo("the old trace\n");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(trace);
    }
  }

  @Test
  void twoSweepsWritingTheSameReportsLeaveWholeFilesAndTheLaterOneSaysItReplacedThem()
      throws Exception {
    Path gate = Files.createDirectory(dir.resolve("gate"));
    Path report = dir.resolve("report.json");
    Path junit = dir.resolve("junit.xml");
    List<Process> sweeps = new ArrayList<>();
    List<Path> errs = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      Path err = dir.resolve("err-" + i);
      errs.add(err);
      sweeps.add(
          JavaProcess.builder(
                  List.of(),
                  GatedSweepProcess.class,
                  gate.toString(), "2", "--seeds", "0..300", "--jobs", "1",
                  "--report", report.toString(), "--junit", junit.toString())
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(err.toFile())
              .start());
    }
    for (Process sweep : sweeps) {
      assertThat(sweep.waitFor()).isZero();
    }

    assertThat(new ObjectMapper().readTree(report.toFile()).get("runs").asLong()).isEqualTo(301);
    assertThat(JUnitXml.parseValid(junit).getElementsByTagName("testcase").getLength())
        .isEqualTo(301);
    String bothErrs = Files.readString(errs.get(0)) + Files.readString(errs.get(1));
    assertThat(bothErrs)
        .containsOnlyOnce(
            "seedsim sweep: --report " + report
                + ": replaced a file that another process wrote meanwhile")
        .containsOnlyOnce(
            "seedsim sweep: --junit " + junit
                + ": replaced a file that another process wrote meanwhile");
  }

  private CommandRun sweep(String... reports) {
    List<String> args =
        new ArrayList<>(List.of("sweep", "--scenario", "sevens", "--seeds", "0..9"));
    args.addAll(List.of(reports));
    return CommandRun.execute(FakeRegistry.standard(), args.toArray(String[]::new));
  }

  private void assertRefused(String message, String... reports) {
    CommandRun run = sweep(reports);
    assertThat(run.exitCode()).as(String.join(" ", reports)).isEqualTo(2);
    assertThat(run.errLines()).containsExactly("seedsim sweep: " + message);
    assertThat(run.out()).as("no run happened").isEmpty();
  }
}
