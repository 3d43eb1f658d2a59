package io.seedsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.seedsim.scenarios.testing.CommandRun;
import io.seedsim.scenarios.testing.FakeRegistry;
import io.seedsim.scenarios.testing.JUnitXml;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The JSON report's version, build and per-run outcomes; a stopped sweep says what it missed. */
class SweepReportFormatTest {
  @TempDir Path dir;

  @Test
  void theReportCarriesItsFormatTheBuildAndEveryRunsOutcomeAndTraceHash() throws Exception {
    JsonNode first = report("first.json", "--seeds", "0..9");
    JsonNode second = report("second.json", "--seeds", "0..9");

    assertThat(first.get("format").asText()).isEqualTo("seedsim-sweep-report");
    assertThat(first.get("formatVersion").asInt()).isEqualTo(2);
    assertThat(first.get("build").asText()).matches("[0-9a-f]{16}");
    assertThat(second.get("build")).as("the same build, the same id").isEqualTo(first.get("build"));
    assertThat(first.get("complete").asBoolean()).isTrue();
    List<String> outcomes = new ArrayList<>();
    first.get("outcomes").forEach(line -> outcomes.add(line.asText()));
    assertThat(outcomes).hasSize(10);
    assertThat(outcomes.get(0)).matches("sevens 0 fail [0-9a-f]{64} 1000 \\d+");
    assertThat(outcomes.get(1)).matches("sevens 1 pass [0-9a-f]{64} 2000 \\d+");
    assertThat(second.get("outcomes")).as("same seeds, same hashes").isEqualTo(first.get("outcomes"));
  }

  @Test
  void maxFailuresMarksTheReportsIncompleteAndListsTheSeedsNotRun() throws Exception {
    Path junit = dir.resolve("junit.xml");
    JsonNode json =
        report(
            "partial.json", "--seeds", "0..99", "--jobs", "1", "--max-failures", "2", "--junit",
            junit.toString());

    assertThat(json.get("stopped").asText()).isEqualTo("max-failures");
    assertThat(json.get("complete").asBoolean()).isFalse();
    assertThat(json.get("runs").asLong()).isEqualTo(8); // seeds 0..7, the 2nd failure is 7
    assertThat(json.get("notRun").asLong()).isEqualTo(92);
    assertThat(json.get("notRunSeeds").toString())
        .isEqualTo("[{\"scenario\":\"sevens\",\"shard\":\"0/1\",\"seeds\":\"8..99\",\"count\":92}]");

    Document xml = JUnitXml.parseValid(junit);
    Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
    assertThat(suite.getAttribute("tests")).isEqualTo("9");
    assertThat(suite.getAttribute("skipped")).isEqualTo("1");
    NodeList skipped = xml.getElementsByTagName("skipped");
    assertThat(((Element) skipped.item(0).getParentNode()).getAttribute("name"))
        .isEqualTo("seeds 8..99 not run");
    assertThat(((Element) skipped.item(0)).getAttribute("message"))
        .isEqualTo("not run (92 seeds): the sweep stopped at --max-failures 2");
    assertThat(property(xml, "seedsim.complete")).isEqualTo("false");
    assertThat(property(xml, "seedsim.notRun")).isEqualTo("seeds 8..99");
  }

  @Test
  void notRunSpansOfAShardNameItsSeeds() throws Exception {
    JsonNode json =
        report("shard.json", "--seeds", "0..99", "--shard", "1/4", "--jobs", "1",
            "--max-failures", "1");

    // Shard 1/4 runs 1, 5, 9, 13, 17, 21 (the first multiple of 7 is 21), then stops.
    assertThat(json.get("runs").asLong()).isEqualTo(6);
    assertThat(json.get("notRunSeeds").toString())
        .isEqualTo("[{\"scenario\":\"sevens\",\"shard\":\"1/4\",\"seeds\":\"25..97\",\"count\":19}]");
  }

  private JsonNode report(String name, String... args) throws Exception {
    Path report = dir.resolve(name);
    List<String> all =
        new ArrayList<>(List.of("sweep", "--scenario", "sevens", "--report", report.toString()));
    all.addAll(List.of(args));
    CommandRun run = CommandRun.execute(FakeRegistry.standard(), all.toArray(String[]::new));
    assertThat(run.err()).isEmpty();
    return new ObjectMapper().readTree(report.toFile());
  }

  private static String property(Document xml, String name) {
    NodeList properties = xml.getElementsByTagName("property");
    for (int i = 0; i < properties.getLength(); i++) {
      Element property = (Element) properties.item(i);
      if (property.getAttribute("name").equals(name)) {
        return property.getAttribute("value");
      }
    }
    return null;
  }
}
