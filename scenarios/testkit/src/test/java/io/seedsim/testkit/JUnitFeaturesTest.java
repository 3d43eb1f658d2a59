package io.seedsim.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.testkit.example.PbScenarios;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** What @SimulationTest does for a failing, a nondeterministic and a parallel test, run as Maven would. */
class JUnitFeaturesTest {

  /** The first seed (of 0..11) on which the nemesis finds the primary-backup register's lost write. */
  static final long LOST_WRITE_SEED = 5;

  static class FailingRegister {
    @SimulationTest(firstSeed = LOST_WRITE_SEED, seeds = 1, scenario = "pb", variant = "async-replication",
        registry = PbScenarios.class)
    void lostWrite() {}
  }

  static class LeakyFixture {
    @SimulationTest(seeds = 1, scenario = "leaky", registry = LeakyScenario.Registry.class, checkDeterminism = true)
    void leaky() {}
  }

  static class ParallelSeeds {
    static final CyclicBarrier TWO_AT_ONCE = new CyclicBarrier(2);

    @Execution(ExecutionMode.CONCURRENT)
    @SimulationTest(seeds = 2)
    void bothSeedsRunAtOnce(long seed) throws Exception {
      TWO_AT_ONCE.await(60, TimeUnit.SECONDS); // one thread at a time would never get past this
    }
  }

  private static TestExecutionSummary run(Class<?> fixture, Map<String, String> parameters) {
    var request = LauncherDiscoveryRequestBuilder.request()
        .selectors(DiscoverySelectors.selectClass(fixture))
        .configurationParameters(parameters)
        .enableImplicitConfigurationParameters(false)
        .build();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    LauncherFactory.create().execute(request, listener);
    return listener.getSummary();
  }

  private static List<String> failureMessages(TestExecutionSummary summary) {
    List<String> messages = new ArrayList<>();
    summary.getFailures().forEach(f -> messages.add(f.getException().getMessage()));
    return messages;
  }

  @Test
  void aFailedSeedLeavesItsPageTraceAndHistory(@TempDir Path dir) throws Exception {
    TestExecutionSummary summary = run(FailingRegister.class, Map.of("seedsim.artifacts", dir.toString()));

    assertThat(summary.getTestsFailedCount()).isEqualTo(1);
    Path seedDir = dir.resolve("JUnitFeaturesTest$FailingRegister.lostWrite").resolve("seed-" + LOST_WRITE_SEED);
    assertThat(failureMessages(summary).get(0))
        .contains("history not linearizable")
        .contains("artifacts: " + seedDir + " (page.html, trace.jsonl, history.jsonl)\n")
        .contains("\n   or: bin/seedsim run --scenario pb --seed " + LOST_WRITE_SEED + " --variant async-replication"
            + " --classpath target/test-classes:target/classes --registry io.seedsim.testkit.example.PbScenarios\n")
        // the shrunk case's replay finds the scenario the same way (the path is quoted: it holds a '$')
        .endsWith("\nreplay case: bin/seedsim run --case '" + seedDir.resolve("case.json") + "'"
            + " --classpath target/test-classes:target/classes --registry io.seedsim.testkit.example.PbScenarios");
    assertThat(Files.readString(seedDir.resolve("page.html"))).contains("<html");
    // The page says first how the run ended, as a lab run's does, and how to run the seed again.
    var outcome = PageData.of(seedDir.resolve("page.html")).get("outcome");
    assertThat(outcome.get("scenario").asText()).isEqualTo("pb");
    assertThat(outcome.get("failure").asText()).startsWith("history not linearizable");
    assertThat(failureMessages(summary).get(0)).contains(outcome.get("failure").asText());
    assertThat(outcome.get("replayCommand").asText()).startsWith("mvn test").contains("-Dseedsim.seed=" + LOST_WRITE_SEED);
    assertThat(outcome.get("traceHash").asText()).matches("[0-9a-f]{16}");
    assertThat(PageData.of(seedDir.resolve("page.html")).get("traceMismatch").isNull()).as("one run on the page").isTrue();
    assertThat(Files.readAllLines(seedDir.resolve("trace.jsonl")).get(0)).contains("\"scenario\":\"pb\"");
    assertThat(Files.readString(seedDir.resolve("history.jsonl"))).contains("\"op\":\"write\"");
  }

  @Test
  void checkDeterminismNamesTheFirstLineWhereTwoRunsDiffer() {
    TestExecutionSummary summary = run(LeakyFixture.class, Map.of());

    assertThat(summary.getTestsFailedCount()).isEqualTo(1);
    assertThat(failureMessages(summary).get(0))
        .startsWith("seed 0: scenario leaky is not deterministic: the traces of two runs first differ at line ")
        .contains("first:  {").contains("second: {").contains("runs before this one");
  }

  @Test
  void seedsRunInParallelWhenJUnitsParallelExecutionIsOn() {
    TestExecutionSummary summary = run(ParallelSeeds.class, Map.of(
        "junit.jupiter.execution.parallel.enabled", "true",
        "junit.jupiter.execution.parallel.config.strategy", "fixed",
        "junit.jupiter.execution.parallel.config.fixed.parallelism", "2"));

    assertThat(summary.getTestsSucceededCount()).isEqualTo(2);
  }
}
