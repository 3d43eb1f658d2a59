package io.seedsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code seedsim bench checker} prints per-file times next to Porcupine's, and the totals. */
class CheckerBenchCommandTest {
  static final Path HISTORIES = Path.of(System.getProperty("seedsim.shared", "../../shared")).resolve("histories");

  @Test
  void printsTimesNextToPorcupinesForTheSelectedFiles() {
    CommandLine cli = new CommandLine(new CheckerBenchCommand());
    StringWriter out = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    int code = cli.execute("--histories", HISTORIES.toString(), "--warmups", "0", "--runs", "1", "--only", "kv/c01",
        "--parse-operations", "200", "--sweep-seeds", "2");
    assertThat(code).isEqualTo(0);
    assertThat(out.toString())
        .contains("kv/c01-ok.txt")
        .contains("kv/c01-bad.txt")
        .contains("not linearizable")
        .contains("total (2 files)")
        .contains("verdicts disagreeing with Porcupine: 0")
        .containsPattern("sweep share basic: 2 seeds on 1 worker \\(median of 5 turns\\): no check [0-9.]+ s, check after the run"
            + " [0-9.]+ s \\(-?[0-9.]+% of the sweep\\), live check [0-9.]+ s \\(-?[0-9.]+% of the sweep\\)")
        .contains("sweep share concurrent: 2 seeds")
        .containsPattern("parsing 200 kv operations .*: jsonl [0-9.]+ us/op, edn [0-9.]+ us/op, edn/jsonl [0-9.]+");
  }

  @Test
  void missingBaselineIsAUsageError() {
    CommandLine cli = new CommandLine(new CheckerBenchCommand());
    cli.setErr(new PrintWriter(new StringWriter(), true));
    assertThat(cli.execute("--histories", "/nonexistent")).isEqualTo(2);
  }

  @Test
  void theEmptyCorpusFileIsAnEmptyHistoryHere() {
    CommandLine cli = new CommandLine(new CheckerBenchCommand());
    StringWriter out = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    int code = cli.execute("--histories", HISTORIES.toString(), "--warmups", "0", "--runs", "1", "--only", "etcd_095",
        "--parse-operations", "10");
    assertThat(code).as(out.toString()).isEqualTo(0);
    assertThat(out.toString()).contains("jepsen/etcd_095.log").contains("linearizable");
  }
}
