package io.seedsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.scenarios.lab.LabScenarios;
import io.seedsim.scenarios.testing.CommandRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's own scenarios on the command line: the testkit's primary-backup register (compiled into
 * the testkit module's test classes, which the reactor builds first), named by --classpath and
 * --registry; every replay command printed carries both, so it works when pasted.
 */
class UserRegistryTest {

  private static final String CP = Path.of(System.getProperty("seedsim.root", "."), "scenarios", "testkit", "target",
      "test-classes").toString();
  private static final String PB = "io.seedsim.testkit.example.PbScenarios";

  private static CommandRun seedsim(String... args) {
    assertThat(Path.of(CP)).as("the testkit's test classes (built before this module)").isDirectory();
    return CommandRun.execute(LabScenarios.registry(), args);
  }

  /** Runs a printed replay command as if pasted. */
  private static CommandRun paste(String line) {
    String command = line.substring(line.indexOf("bin/seedsim ") + "bin/seedsim ".length());
    return seedsim(command.split(" "));
  }

  @Test
  void runPrintsAReplayThatNamesTheClasspathAndTheRegistryAndWorksWhenPasted() {
    CommandRun run = seedsim("run", "--scenario", "pb", "--seed", "5", "--variant", "async-replication",
        "--classpath", CP, "--registry", PB);

    assertThat(run.exitCode()).isEqualTo(1);
    String replay = run.outLines().get(run.outLines().size() - 1);
    assertThat(replay).isEqualTo("replay: bin/seedsim run --scenario pb --seed 5 --variant async-replication"
        + " --classpath " + CP + " --registry " + PB);
    CommandRun again = paste(replay);
    assertThat(again.exitCode()).isEqualTo(1);
    assertThat(again.outLines().get(0)).isEqualTo(run.outLines().get(0));
  }

  @Test
  void sweepPrintsTheSameReplayForEachFailure() {
    CommandRun sweep = seedsim("sweep", "--scenario", "pb", "--seeds", "5..5", "--variant", "async-replication",
        "--jobs", "1", "--classpath", CP, "--registry", PB);

    assertThat(sweep.exitCode()).isEqualTo(1);
    assertThat(sweep.outLines()).contains("  replay: bin/seedsim run --scenario pb --seed 5 --variant async-replication"
        + " --classpath " + CP + " --registry " + PB);
  }

  @Test
  void scenariosListsTheUsersScenariosAndVariants() {
    CommandRun list = seedsim("scenarios", "--classpath", CP, "--registry", PB);

    assertThat(list.exitCode()).isZero();
    assertThat(list.outLines()).contains(
        "scenario pb - primary-backup register, 3 replicas, 3 clients, nemesis",
        "variant async-replication - the primary answers a write before its backups have it");
  }

  @Test
  void badRegistriesAreOneLineAndExitTwo() {
    assertThat(seedsim("run", "--scenario", "pb", "--seed", "1", "--classpath", CP, "--registry", "com.example.Nope"))
        .satisfies(r -> assertThat(r.exitCode()).isEqualTo(2))
        .satisfies(r -> assertThat(r.err()).startsWith("seedsim run: --registry com.example.Nope: no such class on --classpath "));
    assertThat(seedsim("run", "--scenario", "pb", "--seed", "1", "--classpath", CP).err())
        .contains("give --registry CLASS too");
    assertThat(seedsim("run", "--scenario", "pb", "--seed", "1", "--classpath", CP, "--registry",
        "io.seedsim.testkit.example.Replica").err()).contains("is not a Supplier<ScenarioRegistry>");
  }

  @Test
  void artifactsGoWhereRunSaysOnFailure(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("pb-5");
    CommandRun run = seedsim("run", "--scenario", "pb", "--seed", "5", "--variant", "async-replication",
        "--classpath", CP, "--registry", PB, "--artifacts", out.toString());

    assertThat(run.outLines()).contains("artifacts: " + out + " (page.html, trace.jsonl, history.jsonl)");
    assertThat(Files.list(out).map(p -> p.getFileName().toString()).sorted())
        .containsExactly("history.jsonl", "page.html", "trace.jsonl");
  }

  @Test
  void checkDeterminismPointsAtTheFirstLineWhereTwoRunsDiffer() {
    CommandRun run = seedsim("run", "--scenario", "leaky", "--seed", "0", "--check-determinism",
        "--classpath", CP, "--registry", "io.seedsim.testkit.LeakyScenario$Registry");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("not deterministic: the traces of two runs first differ at line ");
    assertThat(Arrays.asList(run.out().split("\n"))).last().asString().endsWith(" --check-determinism");
    CommandRun deterministic = seedsim("run", "--scenario", "pb", "--seed", "2", "--check-determinism",
        "--classpath", CP, "--registry", PB);
    assertThat(deterministic.exitCode()).isZero();
  }
}
