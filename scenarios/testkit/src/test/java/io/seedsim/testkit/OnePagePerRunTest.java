package io.seedsim.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.seedsim.sim.run.Trace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page shows one run. A run that keeps its trace makes its page from it; a run that kept only its
 * hash simulates the seed again, and a nondeterministic scenario (a static counter, here) then
 * runs differently: the page says so and leaves that other trace out.
 */
class OnePagePerRunTest {

  @Test
  void aRunThatKeepsItsTraceShowsItEvenWhenTheScenarioIsNotDeterministic(@TempDir Path dir) throws Exception {
    RunResult kept = new LeakyScenario().run(0, Variants.NONE, Trace.Mode.FULL);
    kept.artifacts().writeHtml(dir.resolve("kept.html"));
    JsonNode page = PageData.of(dir.resolve("kept.html"));

    assertThat(page.get("traceMismatch").isNull()).isTrue();
    assertThat(page.get("trace").get("traceHash").asText()).isEqualTo(kept.traceHash());
    assertThat(page.get("outcome").get("traceHash").asText()).isEqualTo(kept.traceHash());
  }

  @Test
  void aPageThatSimulatesAgainLeavesOutATraceOfAnotherRun(@TempDir Path dir) throws Exception {
    RunResult hashOnly = new LeakyScenario().run(0, Variants.NONE);
    hashOnly.artifacts().writeHtml(dir.resolve("again.html"));
    JsonNode page = PageData.of(dir.resolve("again.html"));

    assertThat(page.get("traceMismatch").asText()).contains("The trace is left out", hashOnly.traceHash());
    assertThat(page.get("outcome").get("traceHash").asText()).isEqualTo(hashOnly.traceHash());
  }
}
