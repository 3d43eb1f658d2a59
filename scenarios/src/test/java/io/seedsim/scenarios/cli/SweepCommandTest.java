package io.seedsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.seedsim.scenarios.testing.CommandRun;
import io.seedsim.scenarios.testing.FakeRegistry;
import io.seedsim.scenarios.testing.JUnitXml;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SweepCommandTest {
  @TempDir Path dir;

  @Test
  void failuresArePrintedWithReplayCommandsAndTheExitCodeIsOne() {
    CommandRun run = sweep("--scenario", "sevens", "--seeds", "1..20", "--jobs", "3");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.outLines()).hasSize(6);
    assertThat(run.outLines().subList(0, 4))
        .containsExactly(
            "FAIL sevens seed 7: seed 7 is divisible by 7",
            "  replay: bin/seedsim run --scenario sevens --seed 7",
            "FAIL sevens seed 14: seed 14 is divisible by 7",
            "  replay: bin/seedsim run --scenario sevens --seed 14");
    assertThat(run.outLines().get(4)).isEqualTo("sweep sevens variant none seeds 1..20: 20 runs");
    assertThat(run.outLines().get(5))
        .matches(
            "runs 20, passed 18, failed 2; [0-9.]+ seeds/s; 0\\.230 s virtual time in [0-9.]+ s"
                + " wall");
  }

  @Test
  void aCleanSweepExitsZeroAndBoundsTheFailureProbability() {
    CommandRun run = sweep("--scenario", "all", "--seeds", "1..6", "--jobs", "2");

    assertThat(run.exitCode()).isZero();
    assertThat(run.outLines().get(0)).isEqualTo("sweep all variant none seeds 1..6: 12 runs");
    assertThat(run.outLines().get(2))
        .isEqualTo(
            "no failure in 12 runs: per-seed failure probability below 0.221"
                + " (95% upper confidence bound, Clopper-Pearson)");
  }

  @Test
  void threeShardsTogetherRunEverySeedOnceAndTheirJUnitReportsSaySo() throws Exception {
    List<Long> seeds = new ArrayList<>();
    long failures = 0;
    for (int k = 0; k < 3; k++) {
      Path junit = dir.resolve("shard-" + k + ".xml");
      CommandRun run =
          sweep(
              "--scenario",
              "sevens",
              "--seeds",
              "10..40",
              "--shard",
              k + "/3",
              "--junit",
              junit.toString());
      Document xml = parseValid(junit);
      NodeList cases = xml.getElementsByTagName("testcase");
      for (int i = 0; i < cases.getLength(); i++) {
        seeds.add(
            Long.parseLong(
                ((Element) cases.item(i)).getAttribute("name").substring("seed ".length())));
      }
      failures += xml.getElementsByTagName("failure").getLength();
      assertThat(run.out()).contains("shard " + k + "/3");
    }
    assertThat(seeds)
        .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(10, 40).boxed().toList());
    assertThat(failures).isEqualTo(4); // 14, 21, 28, 35
  }

  @Test
  void theJUnitReportHasOneCaseperSeedAndCountsMatchingTheSummary() throws Exception {
    Path junit = dir.resolve("junit.xml");
    CommandRun run =
        sweep(
            "--scenario",
            "all",
            "--seeds",
            "0..29",
            "--variant",
            "buggy",
            "--junit",
            junit.toString());

    Document xml = parseValid(junit);
    Element root = xml.getDocumentElement();
    assertThat(root.getAttribute("tests")).isEqualTo("60");
    assertThat(root.getAttribute("failures"))
        .isEqualTo("13"); // sevens: 0,3,6,7,9,12,14,15,18,21,24,27,28 + green: none
    assertThat(run.out()).contains("runs 60, passed 47, failed 13;");
    NodeList suites = xml.getElementsByTagName("testsuite");
    assertThat(suites.getLength()).isEqualTo(2);
    assertThat(((Element) suites.item(0)).getAttribute("name")).isEqualTo("seedsim.green.buggy");
    Element failure = (Element) xml.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message")).isEqualTo("seed 0 is divisible by 7");
    assertThat(failure.getTextContent())
        .contains("replay: bin/seedsim run --scenario sevens --seed 0 --variant buggy");
  }

  @Test
  void theJsonReportCarriesTheSummary() throws IOException {
    Path report = dir.resolve("report.json");
    CommandRun run =
        sweep(
            "--scenario",
            "sevens",
            "--seeds",
            "0..99",
            "--jobs",
            "1",
            "--max-failures",
            "3",
            "--report",
            report.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            "sweep sevens variant none seeds 0..99: stopped after 3 failures (--max-failures 3), 15"
                + " of 100 runs done");
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    assertThat(json.get("stopped").asText()).isEqualTo("max-failures");
    assertThat(json.get("planned").asLong()).isEqualTo(100);
    assertThat(json.get("runs").asLong()).isEqualTo(15);
    assertThat(json.get("failed").asLong()).isEqualTo(3);
    assertThat(json.get("failureUpperBound95").isNull()).isTrue();
    assertThat(json.get("failures")).hasSize(3);
    assertThat(json.get("failures").get(2).get("replay").asText())
        .isEqualTo("bin/seedsim run --scenario sevens --seed 14");
    assertThat(json.get("failures").get(2).get("traceHash").asText()).hasSize(64);
  }

  @Test
  void badInputIsOneLineAndExitTwo() {
    assertUsage(
        "seedsim sweep: --seeds 5..2: the range is empty (5 > 2)",
        "--scenario",
        "sevens",
        "--seeds",
        "5..2");
    assertUsage(
        "seedsim sweep: --shard 3/3: K must be from 0 to N-1 (shards 0/3 to 2/3)",
        "--scenario",
        "sevens",
        "--seeds",
        "0..9",
        "--shard",
        "3/3");
    assertUsage(
        "seedsim sweep: --scenario nope: unknown scenario (known: sevens, green)",
        "--scenario",
        "nope",
        "--seeds",
        "0..9");
    assertUsage(
        "seedsim sweep: --variant odd: unknown variant (known: none, buggy)",
        "--scenario",
        "all",
        "--seeds",
        "0..9",
        "--variant",
        "odd");
    assertUsage(
        "seedsim sweep: --jobs 0: must be at least 1",
        "--scenario",
        "sevens",
        "--seeds",
        "0..9",
        "--jobs",
        "0");
    assertUsage(
        "seedsim sweep: --max-failures 0: must be at least 1",
        "--scenario",
        "sevens",
        "--seeds",
        "0..9",
        "--max-failures",
        "0");
    assertUsage(
        "seedsim sweep: --seeds 1..x: 'x' is not a seed (expected A..B or N, whole numbers from 0 in ASCII digits)",
        "--scenario",
        "sevens",
        "--seeds",
        "1..x");
    assertUsage(
        "seedsim sweep: --report /no/such/dir/r.json: the directory does not exist",
        "--scenario",
        "sevens",
        "--seeds",
        "0..9",
        "--report",
        "/no/such/dir/r.json");
    assertUsage(
        "seedsim sweep: Invalid value for option '--jobs': 'many' is not an int (see seedsim sweep"
            + " --help)",
        "--scenario",
        "sevens",
        "--seeds",
        "0..9",
        "--jobs",
        "many");
  }

  private CommandRun sweep(String... args) {
    List<String> all = new ArrayList<>(List.of("sweep"));
    all.addAll(List.of(args));
    return CommandRun.execute(FakeRegistry.standard(), all.toArray(String[]::new));
  }

  private void assertUsage(String line, String... args) {
    CommandRun run = sweep(args);
    assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
    assertThat(run.errLines()).containsExactly(line);
    assertThat(run.out()).isEmpty();
  }

  private static Document parseValid(Path file) throws Exception {
    return JUnitXml.parseValid(file);
  }
}
