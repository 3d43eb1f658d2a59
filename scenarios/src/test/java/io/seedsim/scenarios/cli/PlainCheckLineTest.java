package io.seedsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** A plain {@code seedsim check} line, read without picocli, runs exactly what picocli would run. */
class PlainCheckLineTest {
  @TempDir Path dir;

  private record Run(int exitCode, String out, String err) {
    /** Times differ from run to run; everything else must not. */
    Run withoutTimes() {
      return new Run(exitCode, out.replaceAll("[0-9.]+ ms\\)", "T ms)"), err);
    }
  }

  private static Run picocli(List<String> args) {
    CommandLine cli = Main.checkOnly();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    List<String> all = new ArrayList<>(List.of("check"));
    all.addAll(args);
    int code = cli.execute(all.toArray(String[]::new));
    return new Run(code, out.toString(), err.toString()).withoutTimes();
  }

  private static Run plain(List<String> args) {
    PlainCheckLine line = PlainCheckLine.read(args);
    assertThat(line).as("plain: %s", args).isNotNull();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = line.command().check(new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString()).withoutTimes();
  }

  @Test
  void plainLinesGiveWhatPicocliGives() throws IOException {
    String good = write("good.jsonl", CheckCommandTest.GOOD_KV);
    String stale = write("stale.jsonl", CheckCommandTest.STALE_KV);
    String empty = write("empty.jsonl", "");
    String etcd = CheckCommandTest.PORCUPINE.resolve("jepsen/etcd_000.log").toString();
    List<List<String>> lines = List.of(
        List.of("--model", "kv", good),
        List.of("--model=kv", stale, good),
        List.of(good, "--model", "kv", "--format", "jsonl", "--timeout", "5"),
        List.of("--model", "kv", "--timeout=0.5", good, empty, stale),
        List.of("--model", "kv", dir.resolve("missing.jsonl").toString()),
        List.of("--model", "cas-register", etcd),
        List.of("--model", "no-such-model", good),
        List.of("--model", "kv", "--format", "yaml", good),
        List.of("--model", "kv", "--timeout", "0", good),
        List.of("--model", "kv", "--html", dir.resolve("page.html").toString(), good, stale));
    for (List<String> line : lines) {
      assertThat(plain(line)).as("check %s", line).isEqualTo(picocli(line));
    }
  }

  @Test
  void reportsAndPagesAreWrittenAsUnderPicocli() throws IOException {
    String stale = write("stale.jsonl", CheckCommandTest.STALE_KV);
    String good = write("good.jsonl", CheckCommandTest.GOOD_KV);
    Path report = dir.resolve("report.json");
    Path page = dir.resolve("page.html");
    plain(List.of("--model", "kv", "--report", report.toString(), stale, good));
    String plainReport = Files.readString(report).replaceAll("\"millis\" : [0-9.E-]+", "");
    picocli(List.of("--model", "kv", "--report", report.toString(), stale, good));
    assertThat(plainReport).isEqualTo(Files.readString(report).replaceAll("\"millis\" : [0-9.E-]+", ""));
    Run run = plain(List.of("--model", "kv", "--html", page.toString(), stale));
    assertThat(run.out()).contains("wrote " + page);
    assertThat(Files.readString(page)).contains("<html");
  }

  @Test
  void anythingElseIsLeftToPicocli() {
    Stream.of(
            List.<String>of(),
            List.of("--help"),
            List.of("-h"),
            List.of("--version"),
            List.of("--model"),
            List.of("--model", "kv"),
            List.of("f.jsonl"),
            List.of("--model", "kv", "--model", "kv", "f.jsonl"),
            List.of("--model", "kv", "--bogus", "1", "f.jsonl"),
            List.of("--model", "kv", "-f"),
            List.of("--model", "kv", "@args.txt"),
            List.of("--model", "kv", "--", "f.jsonl"),
            List.of("--model", "kv", "--timeout", "abc", "f.jsonl"),
            List.of("--model", "kv", "--timeout", "-1", "f.jsonl"),
            List.of("--model", "-x", "f.jsonl"),
            List.of("--model=", "f.jsonl"),
            List.of("--model", "kv", ""),
            List.of("--model", "kv", "bad\0name"))
        .forEach(args -> assertThat(PlainCheckLine.read(args)).as("%s", args).isNull());
  }

  @Test
  void theOptionsReadArePicocliOptionsOfCheck() {
    CommandLine check = Main.checkOnly().getSubcommands().get("check");
    List<String> names = check.getCommandSpec().options().stream()
        .filter(o -> !o.usageHelp() && !o.versionHelp())
        .map(OptionSpec::longestName)
        .sorted()
        .toList();
    assertThat(names).isEqualTo(PlainCheckLine.OPTIONS.stream().sorted().toList());
    assertThat(check.getCommandSpec().findOption("--timeout").defaultValue()).isEqualTo(CheckCommand.DEFAULT_TIMEOUT);
  }

  private String write(String name, String text) throws IOException {
    Path path = dir.resolve(name);
    Files.writeString(path, text);
    return path.toString();
  }
}
