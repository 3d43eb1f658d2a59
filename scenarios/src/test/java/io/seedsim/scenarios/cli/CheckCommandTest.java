package io.seedsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code seedsim check}: verdicts, exit codes, the JSON report and one-line input errors. */
class CheckCommandTest {
  static final Path PORCUPINE =
      Path.of(System.getProperty("seedsim.shared", "../../shared")).resolve("histories/porcupine");

  @TempDir Path dir;

  record Run(int exitCode, String out, String err) {}

  static Run run(String... args) {
    CommandLine cli = Main.newCommandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  Path file(String name, String text) throws IOException {
    Path path = dir.resolve(name);
    Files.writeString(path, text);
    return path;
  }

  static final String GOOD_KV = """
      {"client": 1, "op": "put", "key": "1", "value": "x1;", "output": null, "call": 0, "return": 10}
      {"client": 1, "op": "append", "key": "1", "value": "x2;", "output": "x1;", "call": 11, "return": 20}
      {"client": 2, "op": "get", "key": "1", "value": null, "output": "x1;x2;", "call": 15, "return": 30}
      """;

  static final String STALE_KV = """
      {"client": 1, "op": "put", "key": "1", "value": "x1;", "output": null, "call": 0, "return": 10}
      {"client": 1, "op": "append", "key": "1", "value": "x2;", "output": "x1;", "call": 11, "return": 20}
      {"client": 2, "op": "get", "key": "1", "value": null, "output": "x1;", "call": 21, "return": 30}
      """;

  @Test
  void linearizableFileExitsZeroAndSaysSo() throws IOException {
    Run run = run("check", "--model", "kv", file("good.jsonl", GOOD_KV).toString());
    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out()).contains("good.jsonl: linearizable (3 operations, 1 partition, ");
  }

  @Test
  void violationExitsOneAndExplainsThePrefixAndTheUnplaceableOperation() throws IOException {
    Run run = run("check", "--model", "kv", file("stale.jsonl", STALE_KV).toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains("stale.jsonl: not linearizable (3 operations, 1 partition")
        .contains("key 1: not linearizable: get(\"1\") -> \"x1;\"")
        .contains("longest linearizable prefix: 2 of 3 operations")
        .contains("cannot place operation 2, get(\"1\") -> \"x1;\": not allowed in state \"x1;x2;\"");
  }

  @Test
  void porcupineCorpusFilesWithGuessedFormats() {
    assertThat(run("check", "--model", "cas-register", PORCUPINE.resolve("jepsen/etcd_002.log").toString()).exitCode())
        .isEqualTo(0);
    assertThat(run("check", "--model", "cas-register", PORCUPINE.resolve("jepsen/etcd_000.log").toString()).exitCode())
        .isEqualTo(1);
    assertThat(run("check", "--model", "kv", PORCUPINE.resolve("kv/c10-ok.txt").toString()).exitCode()).isEqualTo(0);
    Run bad = run("check", "--model", "kv", "--format", "edn", PORCUPINE.resolve("kv/c10-bad.txt").toString());
    assertThat(bad.exitCode()).isEqualTo(1);
    assertThat(bad.out()).contains("c10-bad.txt: not linearizable (405 operations, 10 partitions");
  }

  @Test
  void htmlWritesTheHistoryPageWithTheViolation() throws IOException {
    Path page = dir.resolve("stale.html");
    Run run = run("check", "--model", "kv", "--html", page.toString(), file("stale.jsonl", STALE_KV).toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("wrote " + page);
    String html = Files.readString(page);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("\"verdict\":\"NOT_LINEARIZABLE\"")
        .contains("\"unplacedOperationIds\":[2]");
  }

  @Test
  void htmlTakesOneHistory() throws IOException {
    Run run = run("check", "--model", "kv", "--html", dir.resolve("p.html").toString(),
        file("a.jsonl", GOOD_KV).toString(), file("b.jsonl", GOOD_KV).toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--html draws one history, but 2 files were given");
  }

  @Test
  void reportHoldsOneObjectPerFile() throws IOException {
    Path report = dir.resolve("report.json");
    Run run = run("check", "--model", "kv", "--report", report.toString(),
        file("good.jsonl", GOOD_KV).toString(), file("stale.jsonl", STALE_KV).toString());
    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode array = new ObjectMapper().readTree(report.toFile());
    assertThat(array.size()).isEqualTo(2);
    assertThat(array.get(0).get("file").asText()).endsWith("good.jsonl");
    assertThat(array.get(0).get("verdict").asText()).isEqualTo("linearizable");
    assertThat(array.get(1).get("verdict").asText()).isEqualTo("not linearizable");
    assertThat(array.get(1).get("operations").asInt()).isEqualTo(3);
    assertThat(array.get(1).get("partitions").asInt()).isEqualTo(1);
    assertThat(array.get(1).get("millis").isNumber()).isTrue();
  }

  @Test
  void aBadFileIsReportedAndTheOthersAreStillChecked() throws IOException {
    Path report = dir.resolve("report.json");
    Run run = run("check", "--model", "kv", "--report", report.toString(), file("bad.jsonl", "{\n").toString(),
        file("stale.jsonl", STALE_KV).toString(), dir.resolve("missing.jsonl").toString());
    assertThat(run.exitCode()).as("an input error wins over a violation").isEqualTo(2);
    assertThat(run.out()).contains("stale.jsonl: not linearizable");
    assertThat(run.err().strip().lines()).hasSize(2);
    assertThat(run.err()).contains("bad.jsonl: line 1: bad JSON").contains("missing.jsonl: cannot read the file: no such file");
    JsonNode array = new ObjectMapper().readTree(report.toFile());
    assertThat(array.size()).isEqualTo(3);
    assertThat(array.get(0).get("verdict").asText()).isEqualTo("error");
    assertThat(array.get(0).get("message").asText()).contains("bad.jsonl: line 1: bad JSON");
    assertThat(array.get(1).get("verdict").asText()).isEqualTo("not linearizable");
    assertThat(array.get(1).has("message")).isFalse();
    assertThat(array.get(2).get("verdict").asText()).isEqualTo("error");
  }

  @Test
  void spentBudgetIsUnknownWithExitThree() throws IOException {
    // Many concurrent appends never observed, then a read no order can give: the search must try
    // every order of the appends, which a tiny budget does not allow.
    StringBuilder history = new StringBuilder();
    for (int client = 0; client < 18; client++) {
      history.append(String.format("{\"client\": %d, \"op\": \"append\", \"key\": \"k\", \"value\": \"v%d;\", "
          + "\"call\": 0, \"return\": 100}%n", client, client));
    }
    history.append("{\"client\": 99, \"op\": \"get\", \"key\": \"k\", \"value\": null, \"output\": \"v0;v0;\", "
        + "\"call\": 200, \"return\": 300}\n");
    Path report = dir.resolve("report.json");
    Run run = run("check", "--model", "kv", "--timeout", "0.05", "--report", report.toString(),
        file("hard.jsonl", history.toString()).toString());
    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(3);
    assertThat(run.out()).contains("hard.jsonl: unknown");
    assertThat(new ObjectMapper().readTree(report.toFile()).get(0).get("verdict").asText()).isEqualTo("unknown");
  }

  @Test
  void emptyFileIsAnInputError() {
    Run run = run("check", "--model", "cas-register", PORCUPINE.resolve("jepsen/etcd_095.log").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip()).contains("etcd_095.log").contains("empty").doesNotContain("\n");
  }

  @Test
  void badJsonNamesFileAndLine() throws IOException {
    Path bad = file("bad.jsonl", GOOD_KV + "{\"client\": 1, \"op\": \n");
    assertOneLineError(run("check", "--model", "kv", bad.toString()), "bad.jsonl: line 4: bad JSON");
  }

  @Test
  void badEdnNamesFileAndLine() throws IOException {
    Path bad = file("bad.edn", "{:process 0, :type :invoke, :f :read, :value nil}\n{:process 0, :type :ok, :f :read\n");
    assertOneLineError(run("check", "--model", "register", bad.toString()), "bad.edn: line 2: bad EDN");
  }

  @Test
  void completionWithoutInvokeIsAnInputError() throws IOException {
    Path bad = file("orphan.edn", "{:process 3, :type :ok, :f :write, :value 1}\n");
    assertOneLineError(run("check", "--model", "register", bad.toString()),
        "orphan.edn: line 1: a completion of write by process 3 without an invoke");
  }

  @Test
  void unknownOperationForTheModelIsAnInputError() throws IOException {
    Path bad = file("cas.edn", "{:process 0, :type :invoke, :f :cas, :value [1 2]}\n{:process 0, :type :ok, :f :cas, :value [1 2]}\n");
    assertOneLineError(run("check", "--model", "register", bad.toString()),
        "cas.edn: line 1: unknown operation 'cas' for model register");
  }

  @Test
  void returnBeforeCallIsAnInputError() throws IOException {
    Path bad = file("time.jsonl",
        "{\"client\": 1, \"op\": \"get\", \"key\": \"1\", \"value\": null, \"output\": \"\", \"call\": 50, \"return\": 40}\n");
    assertOneLineError(run("check", "--model", "kv", bad.toString()), "time.jsonl: line 1: return 40 is before call 50");
  }

  @Test
  void usageErrorsExitTwo() throws IOException {
    Path good = file("good.jsonl", GOOD_KV);
    assertThat(run("check", "--model", "nope", good.toString()).exitCode()).isEqualTo(2);
    assertThat(run("check", "--model", "kv", "--format", "xml", good.toString()).exitCode()).isEqualTo(2);
    assertThat(run("check", "--model", "kv").exitCode()).isEqualTo(2);
    assertThat(run("check", "--model", "kv", file("history.dat", GOOD_KV).toString()).err())
        .contains("cannot tell the format");
    assertThat(run("check", "--model", "kv", dir.resolve("missing.jsonl").toString()).err()).contains("no such file");
  }

  private static void assertOneLineError(Run run, String expected) {
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(expected);
    assertThat(run.err().strip().lines().count()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }
}
