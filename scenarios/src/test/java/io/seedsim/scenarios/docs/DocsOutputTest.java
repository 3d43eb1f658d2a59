package io.seedsim.scenarios.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.scenarios.lab.LabScenarios;
import io.seedsim.scenarios.testing.CommandRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the example outputs in README.md and docs/ true: every {@code ```console} block right
 * after a {@code <!-- checked -->} line is run, each {@code $ bin/seedsim ...} command through the
 * real command line (in this JVM), and its stdout must be the lines that follow it. A {@code …}
 * in an expected line stands for text that changes from run to run (wall-clock figures); paths
 * under the repository are given from its root, as a reader in the clone types them.
 */
class DocsOutputTest {

  private static final Path ROOT = Path.of(System.getProperty("seedsim.root", "..")).toAbsolutePath().normalize();
  private static final String MARK = "<!-- checked -->";

  /** One command of a checked block and the output the docs show for it. */
  record Example(String where, String command, List<String> expected) {}

  @Test
  void everyCheckedExampleOutputIsWhatTheCommandPrints() throws IOException {
    List<Example> examples = examples();
    assertThat(examples).as("checked examples in README.md and docs/").hasSizeGreaterThanOrEqualTo(4);
    List<String> wrong = new ArrayList<>();
    for (Example example : examples) {
      List<String> actual = run(example.command());
      if (!matches(example.expected(), actual)) {
        wrong.add(example.where() + ": $ " + example.command() + "\n  docs say:\n    "
            + String.join("\n    ", example.expected()) + "\n  it prints:\n    " + String.join("\n    ", actual));
      }
    }
    assertThat(wrong).as("examples whose output is not what the command prints").isEmpty();
  }

  static List<Example> examples() throws IOException {
    List<Path> files = new ArrayList<>(List.of(ROOT.resolve("README.md")));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
    }
    List<Example> examples = new ArrayList<>();
    for (Path file : files) {
      List<String> lines = Files.readAllLines(file);
      for (int i = 0; i + 1 < lines.size(); i++) {
        if (lines.get(i).strip().equals(MARK) && lines.get(i + 1).strip().equals("```console")) {
          i = block(ROOT.relativize(file) + ":" + (i + 2), lines, i + 2, examples);
        }
      }
    }
    return examples;
  }

  /** Reads the block that starts at {@code start}; returns the index of its closing fence. */
  private static int block(String where, List<String> lines, int start, List<Example> examples) {
    int i = start;
    String command = null;
    List<String> expected = new ArrayList<>();
    for (; i < lines.size() && !lines.get(i).strip().equals("```"); i++) {
      String line = lines.get(i);
      if (line.startsWith("$ ")) {
        if (command != null) {
          examples.add(new Example(where, command, trimmed(expected)));
        }
        command = line.substring(2).strip();
        expected = new ArrayList<>();
      } else {
        expected.add(line);
      }
    }
    if (command != null) {
      examples.add(new Example(where, command, trimmed(expected)));
    }
    return i;
  }

  private static List<String> trimmed(List<String> lines) {
    List<String> out = new ArrayList<>(lines);
    while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  /** Runs {@code bin/seedsim ARGS} in this JVM; paths under the repository become absolute and back. */
  private static List<String> run(String command) {
    assertThat(command).as("a checked example runs bin/seedsim").startsWith("bin/seedsim ");
    String[] args = command.substring("bin/seedsim ".length()).split(" ");
    for (int a = 0; a < args.length; a++) {
      if (args[a].length() > 1 && args[a].startsWith("'") && args[a].endsWith("'")) {
        args[a] = args[a].substring(1, args[a].length() - 1); // as the shell reads a quoted word
      }
      if (args[a].startsWith("scenarios/") || args[a].startsWith("docs/")) {
        args[a] = ROOT.resolve(args[a]).toString();
      }
    }
    CommandRun run = CommandRun.execute(LabScenarios.registry(), args);
    return run.outLines().stream().map(l -> l.replace(ROOT + "/", "")).toList();
  }

  static boolean matches(List<String> expected, List<String> actual) {
    if (expected.size() != actual.size()) {
      return false;
    }
    for (int i = 0; i < expected.size(); i++) {
      String[] parts = expected.get(i).split("…", -1);
      StringBuilder regex = new StringBuilder();
      for (int p = 0; p < parts.length; p++) {
        regex.append(p == 0 ? "" : ".*").append(Pattern.quote(parts[p]));
      }
      if (!actual.get(i).matches(regex.toString())) {
        return false;
      }
    }
    return true;
  }

  @Test
  void anEllipsisStandsForChangingTextAndNothingElseIsLoose() {
    assertThat(matches(List.of("runs 3; 1.5 seeds/s in … s wall"), List.of("runs 3; 1.5 seeds/s in 2.25 s wall"))).isTrue();
    assertThat(matches(List.of("runs 3"), List.of("runs 4"))).isFalse();
    assertThat(matches(List.of("a"), List.of("a", "b"))).isFalse();
  }
}
