package io.seedsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.seedsim.scenarios.testing.JUnitXml;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** SIGINT to a real java process running a sweep: the summary and report cover what ran. */
@EnabledOnOs({OS.LINUX, OS.MAC})
class CtrlCTest {
  @TempDir Path dir;

  @Test
  void ctrlCEndsTheSweepWithTheSummaryOfWhatRan() throws Exception {
    Path report = dir.resolve("report.json");
    Process sweep = startSlowSweep(report);
    try {
      awaitLine(sweep, "slow run started");
      new ProcessBuilder("kill", "-INT", Long.toString(sweep.pid())).start().waitFor();

      assertThat(sweep.waitFor(60, TimeUnit.SECONDS)).as("the sweep ended").isTrue();
      String out = new String(sweep.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(out)
          .containsPattern(
              "sweep slow variant none seeds 0\\.\\.100000: interrupted, \\d+ of 100001 runs done");
      assertThat(out).contains("FAIL slow seed 0: divisible by 7");
      assertThat(out).containsPattern("runs \\d+, passed \\d+, failed \\d+;");
      assertThat(sweep.exitValue()).isEqualTo(130); // 128 + SIGINT, as the JVM reports it

      JsonNode json = new ObjectMapper().readTree(report.toFile());
      assertThat(json.get("stopped").asText()).isEqualTo("interrupted");
      assertThat(json.get("runs").asLong())
          .isBetween(2L, 100_000L); // seed 3 started, so 0 and 1 had finished
      assertThat(out).contains("runs " + json.get("runs").asLong() + ", ");
      assertIncompleteAndEverySeedAccountedFor(json, dir.resolve("junit.xml"));
      assertThat(out).containsPattern("not run: \\d+ runs \\(seeds [0-9., ]+\\)");
    } finally {
      sweep.destroyForcibly();
    }
  }

  @Test
  void sigtermEndsTheSweepAsCtrlCDoes() throws Exception {
    Path report = dir.resolve("report.json");
    Process sweep = startSlowSweep(report);
    try {
      awaitLine(sweep, "slow run started");
      new ProcessBuilder("kill", "-TERM", Long.toString(sweep.pid())).start().waitFor();

      assertThat(sweep.waitFor(60, TimeUnit.SECONDS)).as("the sweep ended").isTrue();
      assertThat(sweep.exitValue()).isEqualTo(143); // 128 + SIGTERM
      JsonNode json = new ObjectMapper().readTree(report.toFile());
      assertThat(json.get("stopped").asText()).isEqualTo("interrupted");
      assertIncompleteAndEverySeedAccountedFor(json, dir.resolve("junit.xml"));
    } finally {
      sweep.destroyForcibly();
    }
  }

  /**
   * The report says the sweep is incomplete; its outcomes and not-run spans together hold each
   * seed 0..100000 once; the JUnit XML lists the spans as skipped testcases.
   */
  private static void assertIncompleteAndEverySeedAccountedFor(JsonNode json, Path junit)
      throws Exception {
    assertThat(json.get("complete").asBoolean()).isFalse();
    long covered = json.get("outcomes").size();
    List<String> spans = new ArrayList<>();
    for (JsonNode span : json.get("notRunSeeds")) {
      String[] ends = span.get("seeds").asText().split("\\.\\.");
      long count = Long.parseLong(ends[ends.length - 1]) - Long.parseLong(ends[0]) + 1;
      assertThat(span.get("count").asLong()).isEqualTo(count);
      covered += count;
      spans.add("seeds " + span.get("seeds").asText() + " not run");
    }
    assertThat(spans).isNotEmpty();
    assertThat(covered).isEqualTo(100_001);
    assertThat(json.get("notRun").asLong()).isEqualTo(100_001 - json.get("outcomes").size());

    Document xml = JUnitXml.parseValid(junit);
    NodeList skipped = xml.getElementsByTagName("skipped");
    List<String> skippedCases = new ArrayList<>();
    for (int i = 0; i < skipped.getLength(); i++) {
      skippedCases.add(((Element) skipped.item(i).getParentNode()).getAttribute("name"));
    }
    assertThat(skippedCases).containsExactlyElementsOf(spans);
    assertThat(xml.getDocumentElement().getElementsByTagName("property"))
        .satisfies(
            properties -> {
              boolean incomplete = false;
              for (int i = 0; i < properties.getLength(); i++) {
                Element p = (Element) properties.item(i);
                incomplete |=
                    p.getAttribute("name").equals("seedsim.complete")
                        && p.getAttribute("value").equals("false");
              }
              assertThat(incomplete).as("seedsim.complete=false").isTrue();
            });
  }

  private Process startSlowSweep(Path report) throws IOException {
    return new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            System.getProperty("java.class.path"),
            SlowSweepProcess.class.getName(),
            report.toString(),
            dir.resolve("junit.xml").toString())
        .start();
  }

  /** Reads the process's stderr until {@code marker}; the process's own end stops the wait. */
  private static void awaitLine(Process process, String marker) throws IOException {
    BufferedReader err =
        new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
    for (String line = err.readLine(); line != null; line = err.readLine()) {
      if (line.equals(marker)) {
        return;
      }
    }
    throw new AssertionError("the sweep process ended before it started running");
  }
}
