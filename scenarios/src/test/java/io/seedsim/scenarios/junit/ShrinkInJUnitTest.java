package io.seedsim.scenarios.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.testkit.CaseFile;
import io.seedsim.testkit.FailureCase;
import io.seedsim.testkit.RunResult;
import io.seedsim.testkit.SimulationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** @SimulationTest shrinks the first failing seed of a method and prints both replay commands. */
class ShrinkInJUnitTest {
  @TempDir Path dir;

  @Test
  void theFirstFailingSeedIsShrunkAndItsMessageGivesTheSeedsAndTheCasesReplay() throws Exception {
    FixtureRun run = FixtureRun.of(Duplicated.class, Map.of("seedsim.artifacts", dir.toString()));
    assertThat(run.failures()).hasSize(2);
    Path caseFile = dir.resolve("ShrinkInJUnitTest$Duplicated.appends").resolve("seed-0").resolve("case.json");
    assertThat(run.failures().get(0).message())
        .containsPattern("\nreplay: mvn test .*-Dtest=ShrinkInJUnitTest\\$Duplicated#appends'? -Dseedsim.seed=0\n")
        .contains("\n   or: bin/seedsim run --scenario unreliable --seed 0 --variant no-dedup\n"
            + "shrunk: ")
        .containsPattern("shrunk: \\d+ events, \\d+ operations \\(from 108 events, 31 operations\\)")
        .endsWith("\nreplay case: bin/seedsim run --case '" + caseFile + "'"); // quoted: the path has a '$' in it
    FailureCase c = CaseFile.read(caseFile);
    assertThat(c.after().events()).isLessThan(60);
    assertThat(Files.readString(caseFile.resolveSibling("case.html"))).contains("\"shrunkFromSeed\":0");
    // Only the first failing seed of a method is shrunk.
    assertThat(run.failures().get(1).message()).doesNotContain("shrunk:");
  }

  @Test
  void shrinkingCanBeSwitchedOff() {
    FixtureRun run = FixtureRun.of(Duplicated.class,
        Map.of("seedsim.artifacts", dir.toString(), "seedsim.shrink", "false"));
    assertThat(run.failures()).hasSize(2).allSatisfy(f -> assertThat(f.message()).doesNotContain("shrunk:"));
    assertThat(dir.resolve("ShrinkInJUnitTest$Duplicated.appends").resolve("seed-0").resolve("case.json")).doesNotExist();
    FixtureRun off = FixtureRun.of(NoShrink.class, Map.of("seedsim.artifacts", dir.toString()));
    assertThat(off.failures()).hasSize(1).allSatisfy(f -> assertThat(f.message()).doesNotContain("shrunk:"));
  }

  // Fixtures: run only through FixtureRun.

  static class Duplicated {
    @SimulationTest(seeds = 2, scenario = "unreliable", variant = "no-dedup", registry = BuiltInScenarios.class)
    void appends(RunResult run) {}
  }

  static class NoShrink {
    @SimulationTest(seeds = 1, scenario = "unreliable", variant = "no-dedup", registry = BuiltInScenarios.class,
        shrink = false)
    void appends(RunResult run) {}
  }
}
