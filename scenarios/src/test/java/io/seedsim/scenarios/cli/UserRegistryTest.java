package io.seedsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.scenarios.lab.LabScenarios;
import io.seedsim.scenarios.testing.CommandRun;
import io.seedsim.testkit.CaseFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
  private static final String CAS = "io.seedsim.testkit.example.cas.CasScenarios";

  private static CommandRun seedsim(String... args) {
    assertThat(Path.of(CP)).as("the testkit's test classes (built before this module)").isDirectory();
    return CommandRun.execute(LabScenarios.registry(), args);
  }

  /** Runs a printed replay command as if pasted. */
  private static CommandRun paste(String line) {
    String command = line.substring(line.indexOf("bin/seedsim ") + "bin/seedsim ".length());
    return seedsim(shellWords(command).toArray(String[]::new));
  }

  /** The words a POSIX shell makes of {@code command}: split at spaces, except inside single quotes. */
  private static List<String> shellWords(String command) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (char ch : command.toCharArray()) {
      if (ch == '\'') {
        quoted = !quoted;
        any = true;
      } else if (ch == ' ' && !quoted) {
        if (any) {
          words.add(word.toString());
        }
        word.setLength(0);
        any = false;
      } else {
        word.append(ch);
        any = true;
      }
    }
    if (any) {
      words.add(word.toString());
    }
    return words;
  }

  private static String traceOf(CommandRun run) {
    return run.outLines().get(0).replaceAll(".* trace ([0-9a-f]+) .*", "$1");
  }

  @Test
  void runShrinkPrintsACaseReplayThatNamesTheClasspathAndTheRegistryAndWorksWhenPasted(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("my cases").resolve("cas 0.json");
    Files.createDirectories(file.getParent());
    CommandRun shrink = seedsim("run", "--scenario", "cas", "--seed", "0", "--variant", "no-dedup",
        "--classpath", CP, "--registry", CAS, "--shrink", file.toString(), "--shrink-time", "20");

    assertThat(shrink.exitCode()).as(shrink.err()).isEqualTo(1);
    String replay = shrink.outLines().get(shrink.outLines().size() - 1);
    assertThat(replay).isEqualTo("replay: bin/seedsim run --case '" + file + "' --classpath " + CP + " --registry " + CAS);
    CommandRun pasted = paste(replay);
    assertThat(pasted.exitCode()).as(pasted.err()).isEqualTo(1);
    assertThat(traceOf(pasted)).isEqualTo(CaseFile.read(file).traceHash());
    assertThat(pasted.outLines()).contains(replay).noneMatch(l -> l.startsWith("note:"));
    // Without the options, the case's scenario is not seedsim's: one line says what is missing.
    assertThat(seedsim("run", "--case", file.toString()).errLines()).containsExactly("seedsim run: --case " + file
        + ": scenario cas is not known here (a scenario of your own? give --classpath CP --registry CLASS)");
  }

  @Test
  void sweepShrinkNamesEachCaseWithTheClasspathAndTheRegistry(@TempDir Path dir) throws Exception {
    Path cases = dir.resolve("cases");
    Path report = dir.resolve("report.json");
    CommandRun sweep = seedsim("sweep", "--scenario", "cas", "--seeds", "0..0", "--variant", "no-dedup",
        "--jobs", "1", "--classpath", CP, "--registry", CAS, "--shrink", cases.toString(), "--shrink-time", "20",
        "--report", report.toString());

    assertThat(sweep.exitCode()).as(sweep.err()).isEqualTo(1);
    Path file = cases.resolve("cas-seed-0.json");
    String line = sweep.outLines().stream().filter(l -> l.startsWith("  case: ")).findFirst().orElseThrow();
    assertThat(line).startsWith("  case: bin/seedsim run --case " + file + " --classpath " + CP + " --registry " + CAS
        + " (");
    assertThat(Files.readString(report)).contains("\"caseReplay\" : \"bin/seedsim run --case " + file + " --classpath "
        + CP + " --registry " + CAS + "\"");
    CommandRun pasted = paste(line.substring(0, line.indexOf(" (")));
    assertThat(pasted.exitCode()).as(pasted.err()).isEqualTo(1);
    assertThat(traceOf(pasted)).isEqualTo(CaseFile.read(file).traceHash());
  }

  @Test
  void runPrintsAReplayThatNamesTheClasspathAndTheRegistryAndWorksWhenPasted(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("page.html");
    CommandRun run = seedsim("run", "--scenario", "pb", "--seed", "5", "--variant", "async-replication",
        "--classpath", CP, "--registry", PB, "--html", page.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    String replay = run.outLines().get(run.outLines().size() - 1);
    assertThat(replay).isEqualTo("replay: bin/seedsim run --scenario pb --seed 5 --variant async-replication"
        + " --classpath " + CP + " --registry " + PB);
    assertThat(Files.readString(page)).as("the page's outcome names the same replay")
        .contains(replay.substring("replay: ".length()));
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
