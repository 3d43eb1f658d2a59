package io.seedsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.checker.viz.HistoryView;
import io.seedsim.checker.viz.OperationView;
import io.seedsim.checker.viz.PartitionView;
import io.seedsim.checker.Verdict;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class VizCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void aTraceFileBecomesAPageBesideIt() throws IOException {
    Path trace = write("run.trace.jsonl",
        "{\"kind\":\"header\",\"scenario\":\"basic\",\"seed\":1,\"variant\":\"none\",\"nodes\":[\"clerk-0\",\"server-0\"]}",
        "{\"t\":0,\"kind\":\"send\",\"id\":1,\"from\":\"clerk-0\",\"to\":\"server-0\",\"msg\":\"Get\"}",
        "{\"t\":9,\"kind\":\"deliver\",\"id\":1,\"from\":\"clerk-0\",\"to\":\"server-0\",\"msg\":\"Get\"}");

    assertThat(run(new VizCommand(), trace.toString())).isEqualTo(0);
    Path page = dir.resolve("run.trace.jsonl.html");
    assertThat(out.toString()).isEqualTo("wrote " + page + System.lineSeparator());
    assertThat(Files.readString(page)).startsWith("<!DOCTYPE html>").contains("scenario basic, seed 1");
  }

  @Test
  void aBadTraceLineIsOneLineNamingFileAndLineWithExitTwo() throws IOException {
    Path trace = write("bad.jsonl", "{\"kind\":\"header\",\"nodes\":[]}", "{\"t\":1,\"kind\":\"warp\"}");

    assertThat(run(new VizCommand(), trace.toString(), "-o", dir.resolve("x.html").toString())).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("seedsim viz: " + trace + ":2: unknown kind \"warp\"" + System.lineSeparator());
    assertThat(dir.resolve("x.html")).doesNotExist();
  }

  @Test
  void historyFilesGoThroughTheHistorySource() throws IOException {
    Path history = write("h.jsonl", "{\"process\":0}");
    HistoryView view = new HistoryView("h", "kv", Verdict.LINEARIZABLE, "", List.of(PartitionView.linearizable(
        "k", "", List.of(new OperationView(1, "0", "get()", "x", 0, 1L)), List.of())));

    assertThat(run(new VizCommand(file -> view), history.toString(), "-o", dir.resolve("h.html").toString())).isEqualTo(0);
    assertThat(Files.readString(dir.resolve("h.html"))).contains("\"model\":\"kv\"");
  }

  @Test
  void aBadHistoryFileIsOneLineNamingFileAndLineWithExitTwo() throws IOException {
    Path history = write("h.jsonl", "{\"process\":0}");
    assertThat(run(new VizCommand(), history.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("h.jsonl").contains("line 1").doesNotContain("Exception");
  }

  @Test
  void aHistoryFileIsCheckedAndDrawnWithItsViolation() throws IOException {
    // Client 1's get returns "x" after client 0's put("1", "y") returned: a stale read.
    Path history = write("stale.jsonl",
        "{\"client\": 0, \"op\": \"put\", \"key\": \"1\", \"value\": \"x\", \"output\": null, \"call\": 0, \"return\": 10}",
        "{\"client\": 0, \"op\": \"put\", \"key\": \"1\", \"value\": \"y\", \"output\": null, \"call\": 20, \"return\": 30}",
        "{\"client\": 1, \"op\": \"get\", \"key\": \"1\", \"value\": null, \"output\": \"x\", \"call\": 40, \"return\": 50}");
    assertThat(run(new VizCommand(), history.toString(), "--model", "kv")).isEqualTo(0);
    String page = Files.readString(dir.resolve("stale.jsonl.html"));
    assertThat(page).contains("\"verdict\":\"NOT_LINEARIZABLE\"").contains("get(\\\"1\\\")");
  }

  @Test
  void anUnknownModelIsAUsageError() throws IOException {
    Path history = write("h.jsonl", "{}");
    assertThat(run(new VizCommand(), history.toString(), "--model", "queue")).isEqualTo(2);
    assertThat(err.toString()).contains("unknown model 'queue'");
  }

  @Test
  void missingFileAndTwoFilesWithOneOutputAreUsageErrors() {
    assertThat(run(new VizCommand(), dir.resolve("nope").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("nope: no such file");
    assertThat(run(new VizCommand(), "a", "b", "-o", "c")).isEqualTo(2);
    assertThat(err.toString()).contains("-o names one page, but 2 files were given");
  }

  private int run(VizCommand command, String... args) {
    CommandLine cli = new CommandLine(command);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private Path write(String name, String... lines) throws IOException {
    return Files.write(dir.resolve(name), List.of(lines));
  }
}
