package io.seedsim.scenarios.lab;

import io.seedsim.checker.JsonLinesHistory;
import io.seedsim.checker.viz.HistoryView;
import io.seedsim.checker.viz.HistoryViews;
import io.seedsim.kvstore.KvImplementation;
import io.seedsim.sim.run.Trace;
import io.seedsim.testkit.PageArtifacts;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A lab run's history, trace and page (see {@link PageArtifacts}): a run for {@code run --html} or
 * {@code --trace} keeps its full trace; a sweep's failing seed is simulated again.
 */
final class LabArtifacts extends PageArtifacts {

  private final LabScenario scenario;
  private final long seed;
  private final KvImplementation implementation;
  private final String label;
  private final LabRun run;
  private List<HistoryEntry> history;

  /** {@code run}'s history is read only if it is written or shown: a sweep's passing run never is. */
  LabArtifacts(LabScenario scenario, long seed, KvImplementation implementation, String label, String replayCommand,
      LabRun run, String failure, Trace trace) {
    super(scenario.name(), seed, label, failure, replayCommand, trace);
    this.scenario = scenario;
    this.seed = seed;
    this.implementation = implementation;
    this.label = label;
    this.run = run;
  }

  private List<HistoryEntry> history() {
    if (history == null) {
      history = run.entries();
    }
    return history;
  }

  @Override
  public void writeHistory(Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      JsonLinesHistory.write(KvHistoryCheck.operations(history()), w);
    }
  }

  @Override
  protected HistoryView historyView(String title) {
    return HistoryViews.of(title, KvHistoryCheck.KV, KvHistoryCheck.check(history()), HistoryView.MICROSECONDS);
  }

  @Override
  protected Trace simulateFull() {
    return scenario.simulate(seed, implementation, label, Trace.Mode.FULL).run().sim.trace();
  }
}
