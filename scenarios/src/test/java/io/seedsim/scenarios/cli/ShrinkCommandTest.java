package io.seedsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.scenarios.lab.LabScenarios;
import io.seedsim.scenarios.testing.CommandRun;
import io.seedsim.scenarios.testing.FakeRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShrinkCommandTest {
  @TempDir Path dir;

  @Test
  void runShrinkWritesACaseThatRunCaseReplaysExactly() throws Exception {
    Path file = dir.resolve("case.json");
    CommandRun shrink = CommandRun.execute(LabScenarios.registry(), "run", "--scenario", "basic", "--seed", "0",
        "--variant", "dedup-by-key", "--shrink", file.toString(), "--shrink-time", "30");
    assertThat(shrink.exitCode()).as(shrink.err()).isEqualTo(1);
    assertThat(shrink.out()).containsPattern(
        "(?m)^shrunk: \\d{1,2} events, \\d+ operations \\(from 2744 events, 913 operations\\); .*$");
    assertThat(shrink.outLines()).contains("replay: bin/seedsim run --case " + file);
    byte[] written = Files.readAllBytes(file);

    Path page = dir.resolve("case.html");
    CommandRun first = CommandRun.execute(LabScenarios.registry(), "run", "--case", file.toString(), "--html",
        page.toString());
    CommandRun second = CommandRun.execute(LabScenarios.registry(), "run", "--case", file.toString());
    assertThat(first.exitCode()).as(first.err()).isEqualTo(1);
    assertThat(first.outLines().get(0)).startsWith("FAIL basic seed 0 variant dedup-by-key trace ")
        .isEqualTo(second.outLines().get(0));
    assertThat(first.out()).contains("case: shrunk from seed 0 (2744 events, 913 operations) to ")
        .contains("replay: bin/seedsim run --case " + file).doesNotContain("note:");
    assertThat(Files.readString(page)).contains("\"shrunkFromSeed\":0").contains("run --case " + file);
    assertThat(Files.readAllBytes(file)).isEqualTo(written);
  }

  @Test
  void sweepShrinkWritesACasePerFailureAndNamesItInTheSummaryAndTheReport() throws Exception {
    Path cases = dir.resolve("cases");
    Path report = dir.resolve("report.json");
    CommandRun sweep = CommandRun.execute(LabScenarios.registry(), "sweep", "--scenario", "unreliable", "--seeds", "0..1",
        "--variant", "no-dedup", "--jobs", "1", "--shrink", cases.toString(), "--report", report.toString());
    assertThat(sweep.exitCode()).as(sweep.err()).isEqualTo(1);
    for (long seed : new long[] {0, 1}) {
      Path file = cases.resolve("unreliable-seed-" + seed + ".json");
      assertThat(sweep.out()).containsPattern("  case: bin/seedsim run --case " + java.util.regex.Pattern.quote(
          file.toString()) + " \\(\\d+ events, \\d+ operations, from \\d+ events, \\d+ operations\\)");
      assertThat(Files.readString(report)).contains("\"caseReplay\" : \"bin/seedsim run --case " + file + "\"");
      CommandRun replay = CommandRun.execute(LabScenarios.registry(), "run", "--case", file.toString());
      assertThat(replay.exitCode()).isEqualTo(1);
      assertThat(replay.out()).contains("already holds the new element");
    }
  }

  @Test
  void shrinkingAPassingRunIsRefused() {
    CommandRun run = CommandRun.execute(FakeRegistry.standard(), "run", "--scenario", "sevens", "--seed", "8",
        "--shrink", dir.resolve("c.json").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly(
        "seedsim run: --shrink " + dir.resolve("c.json") + ": the run passes, so there is no failure to shrink");
    assertThat(dir.resolve("c.json")).doesNotExist();
  }

  @Test
  void badCaseInputIsOneLineAndExitTwo() throws Exception {
    Path notACase = dir.resolve("x.json");
    Files.writeString(notACase, "{\"format\": \"other\"}");
    Path broken = dir.resolve("y.json");
    Files.writeString(broken, "{\"format\": ");
    assertUsage("seedsim run: --case " + dir.resolve("none.json") + ": no such file",
        "run", "--case", dir.resolve("none.json").toString());
    assertUsage("seedsim run: --case " + notACase + ": not a seedsim case file (its \"format\" must be \"seedsim-case/1\")",
        "run", "--case", notACase.toString());
    assertThat(CommandRun.execute(FakeRegistry.standard(), "run", "--case", broken.toString()).err())
        .startsWith("seedsim run: --case " + broken + ": not valid JSON: ");
    assertUsage("seedsim run: --case replays a case file: give it without --scenario, --seed, --variant or --shrink",
        "run", "--case", notACase.toString(), "--seed", "3");
    assertUsage("seedsim run: Missing required option: '--scenario=S' (see seedsim run --help; or give --case CASE)",
        "run", "--seed", "3");
    assertUsage("seedsim run: --shrink-time 0.0: give a number of seconds above 0 (default 60)",
        "run", "--scenario", "sevens", "--seed", "7", "--shrink", "c.json", "--shrink-time", "0");
  }

  private static void assertUsage(String line, String... args) {
    CommandRun run = CommandRun.execute(FakeRegistry.standard(), args);
    assertThat(run.exitCode()).as(run.out()).isEqualTo(2);
    assertThat(run.errLines()).containsExactly(line);
  }
}
