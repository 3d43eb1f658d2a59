package io.seedsim.testkit;

import io.seedsim.checker.JsonLinesHistory;
import io.seedsim.checker.viz.HistoryView;
import io.seedsim.checker.viz.HistoryViews;
import io.seedsim.sim.run.Trace;
import io.seedsim.testkit.history.RecordedCall;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A {@link SystemScenario} run's history, trace and page (see {@link PageArtifacts}). */
final class SystemArtifacts extends PageArtifacts {

  private final SystemScenario scenario;
  private final long seed;
  private final String variant;
  private final List<RecordedCall> calls;

  SystemArtifacts(SystemScenario scenario, long seed, String variant, List<RecordedCall> calls, String failure,
      Trace trace) {
    super(scenario.name(), seed, variant, failure, Replay.command(scenario.name(), seed, variant), trace);
    this.scenario = scenario;
    this.seed = seed;
    this.variant = variant;
    this.calls = calls;
  }

  @Override
  public void writeHistory(Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      JsonLinesHistory.writeLines(calls.stream().map(RecordedCall::line).toList(), w);
    }
  }

  @Override
  protected HistoryView historyView(String title) {
    return HistoryViews.of(title, scenario.model(), scenario.check(calls), HistoryView.MICROSECONDS);
  }

  @Override
  protected Trace simulateFull() {
    return scenario.simulate(seed, variant, Trace.Mode.FULL).run().sim().trace();
  }
}
