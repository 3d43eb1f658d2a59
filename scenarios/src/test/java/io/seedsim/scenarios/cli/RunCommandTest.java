package io.seedsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.scenarios.testing.CommandRun;
import io.seedsim.scenarios.testing.FakeRegistry;
import io.seedsim.scenarios.testing.FakeScenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
  @TempDir Path dir;

  @Test
  void aPassingRunPrintsItsOutcomeWithTheTraceHashAndExitsZero() {
    CommandRun run =
        CommandRun.execute(FakeRegistry.standard(), "run", "--scenario", "sevens", "--seed", "8");

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines()).hasSize(1);
    assertThat(run.outLines().get(0))
        .matches(
            "PASS sevens seed 8 variant none trace [0-9a-f]{64} \\(\\d+ events, 0\\.009 s"
                + " virtual\\)");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void aFailingRunPrintsTheReasonAndAReplayCommandThatReproducesTheSameTrace() throws IOException {
    CommandRun first =
        CommandRun.execute(
            FakeRegistry.standard(),
            "run",
            "--scenario",
            "sevens",
            "--seed",
            "21",
            "--variant",
            "buggy",
            "--trace",
            dir.resolve("first.jsonl").toString());

    assertThat(first.exitCode()).isEqualTo(1);
    assertThat(first.outLines()).hasSize(3);
    assertThat(first.outLines().get(0)).startsWith("FAIL sevens seed 21 variant buggy trace ");
    assertThat(first.outLines().get(1)).isEqualTo("reason: seed 21 is divisible by 7");
    String replay = first.outLines().get(2);
    assertThat(replay)
        .isEqualTo("replay: bin/seedsim run --scenario sevens --seed 21 --variant buggy");

    List<String> args =
        new ArrayList<>(List.of(replay.substring("replay: bin/seedsim ".length()).split(" ")));
    args.addAll(List.of("--trace", dir.resolve("again.jsonl").toString()));
    CommandRun again = CommandRun.execute(FakeRegistry.standard(), args.toArray(String[]::new));

    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.outLines()).isEqualTo(first.outLines());
    assertThat(Files.readString(dir.resolve("again.jsonl")))
        .isEqualTo(Files.readString(dir.resolve("first.jsonl")));
  }

  @Test
  void writesHistoryTraceAndPage() {
    CommandRun run =
        CommandRun.execute(
            FakeRegistry.standard(),
            "run",
            "--scenario",
            "green",
            "--seed",
            "3",
            "--history",
            dir.resolve("h.jsonl").toString(),
            "--trace",
            dir.resolve("t.jsonl").toString(),
            "--html",
            dir.resolve("p.html").toString());

    assertThat(run.exitCode()).isZero();
    assertThat(dir.resolve("h.jsonl")).isNotEmptyFile();
    assertThat(dir.resolve("t.jsonl"))
        .content()
        .startsWith("{\"kind\":\"header\",\"scenario\":\"green\",\"seed\":3");
    assertThat(dir.resolve("p.html")).content().startsWith("<!doctype html>");
  }

  @Test
  void aFileThatCannotBeWrittenIsOneLineAndExitTwo() {
    Path missing = dir.resolve("no-such-dir").resolve("t.jsonl");
    CommandRun run =
        CommandRun.execute(
            FakeRegistry.standard(),
            "run",
            "--scenario",
            "green",
            "--seed",
            "3",
            "--trace",
            missing.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .containsExactly(
            "seedsim run: --trace " + missing + ": the directory does not exist");
    assertThat(run.out()).as("checked before the run").isEmpty();
  }

  @Test
  void aScenarioThatThrowsIsAFailedRunWithItsMessage() {
    var registry =
        FakeRegistry.of(
            new FakeScenario(
                "thrower",
                (seed, variant) -> {
                  throw new IllegalStateException("leader lost");
                }));

    CommandRun run = CommandRun.execute(registry, "run", "--scenario", "thrower", "--seed", "5");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.outLines())
        .containsExactly(
            "FAIL thrower seed 5 variant none trace none (0 events, 0.000 s virtual)",
            "reason: threw IllegalStateException: leader lost",
            "replay: bin/seedsim run --scenario thrower --seed 5");
  }

  @Test
  void badInputIsOneLineAndExitTwo() {
    assertUsage(
        new String[] {"run", "--scenario", "nope", "--seed", "1"},
        "seedsim run: --scenario nope: unknown scenario (known: sevens, green)");
    assertUsage(
        new String[] {"run", "--scenario", "sevens", "--seed", "1", "--variant", "odd"},
        "seedsim run: --variant odd: unknown variant (known: none, buggy)");
    assertUsage(
        new String[] {"run", "--scenario", "sevens", "--seed", "-4"},
        "seedsim run: --seed -4: seeds are at least 0, not -4");
    assertUsage(
        new String[] {"run", "--scenario", "sevens", "--seed", "1..3"},
        "seedsim run: --seed 1..3: give one seed, not a range");
    assertUsage(
        new String[] {"run", "--scenario", "sevens"},
        "seedsim run: Missing required option: '--seed=N' (see seedsim run --help; or give --case CASE)");
  }

  private static void assertUsage(String[] args, String line) {
    CommandRun run = CommandRun.execute(FakeRegistry.standard(), args);
    assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
    assertThat(run.errLines()).containsExactly(line);
    assertThat(run.out()).isEmpty();
  }
}
