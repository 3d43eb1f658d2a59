package io.seedsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.seedsim.scenarios.testing.JUnitXml;
import io.seedsim.scenarios.testing.JavaProcess;
import io.seedsim.testkit.EnvironmentError;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Out of memory is the JVM's failure, not the scenario's, and no seed goes missing for it. */
class EnvironmentErrorTest {
  @TempDir Path dir;

  @Test
  void aRunOutOfMemoryIsAnEnvironmentErrorWithItsOwnExitCodeNotAFailure() throws Exception {
    JavaProcess run =
        JavaProcess.run(
            List.of("-Xmx12m"), Main.class, "run", "--scenario", "concurrent", "--seed", "3"); // 24m is enough since kv values share strings

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.ENVIRONMENT);
    assertThat(run.out()).doesNotContain("FAIL");
    assertThat(run.err().lines().toList())
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .matches("seedsim( run)?: environment error, not a failure of the scenario: out of memory.*")
        .contains("SEEDSIM_JAVA_OPTS=-Xmx");
  }

  @Test
  void aSweepThatRunsOutOfMemoryReportsTheSeedAndAccountsForEverySeed() throws Exception {
    Path report = dir.resolve("report.json");
    Path junit = dir.resolve("junit.xml");
    JavaProcess sweep =
        JavaProcess.run(
            List.of("-Xmx64m"),
            HungrySweepProcess.class,
            "--seeds", "0..19", "--jobs", "2", "--report", report.toString(), "--junit",
            junit.toString());

    assertThat(sweep.exitCode()).as(sweep.out() + sweep.err()).isEqualTo(ExitCodes.ENVIRONMENT);
    assertThat(sweep.outLines()).noneMatch(line -> line.startsWith("FAIL"));
    assertThat(sweep.out())
        .contains(
            "ERROR hungry seed 7: environment error, not a failure of the run: out of memory")
        .contains("  retry: bin/seedsim run --scenario hungry --seed 7")
        .containsPattern(
            "sweep hungry variant none seeds 0\\.\\.19: stopped by an environment error, \\d+ of"
                + " 20 runs done");

    JsonNode json = new ObjectMapper().readTree(report.toFile());
    assertThat(json.get("stopped").asText()).isEqualTo("environment-error");
    assertThat(json.get("complete").asBoolean()).isFalse();
    assertThat(
            json.get("runs").asLong()
                + json.get("environmentErrors").asLong()
                + json.get("notRun").asLong())
        .isEqualTo(20);
    List<Long> seen = new ArrayList<>();
    json.get("outcomes").forEach(line -> seen.add(Long.parseLong(line.asText().split(" ")[1])));
    json.get("notRunSeeds").forEach(span -> seen.addAll(seeds(span.get("seeds").asText())));
    assertThat(seen).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(0, 19).boxed().toList());

    NodeList cases = JUnitXml.parseValid(junit).getElementsByTagName("testcase");
    List<Long> inXml = new ArrayList<>();
    for (int i = 0; i < cases.getLength(); i++) {
      String name = ((Element) cases.item(i)).getAttribute("name");
      inXml.addAll(
          name.endsWith(" not run")
              ? seeds(name.substring("seeds ".length(), name.length() - " not run".length()))
              : List.of(Long.parseLong(name.substring("seed ".length()))));
    }
    assertThat(inXml).containsExactlyInAnyOrderElementsOf(seen);
  }

  @Test
  void underAThreadLimitTheAdviceIsAboutThreadsNotHeap() {
    EnvironmentError noThread =
        new EnvironmentError(
            new OutOfMemoryError(
                "unable to create native thread: possibly out of memory or process/resource limits"
                    + " reached"));

    assertThat(noThread.what()).startsWith("no thread could be started");
    assertThat(noThread.advice()).contains("ulimit -u", "fewer --jobs").doesNotContain("-Xmx");
  }

  private static List<Long> seeds(String range) {
    String[] ends = range.split("\\.\\.");
    long first = Long.parseLong(ends[0]);
    long last = Long.parseLong(ends[ends.length - 1]);
    return LongStream.rangeClosed(first, last).boxed().toList();
  }

}
