package io.seedsim.testkit;

import io.seedsim.checker.JsonLinesHistory;
import io.seedsim.checker.viz.HistoryView;
import io.seedsim.checker.viz.HistoryViews;
import io.seedsim.checker.viz.HtmlPage;
import io.seedsim.checker.viz.TraceFile;
import io.seedsim.checker.viz.TraceView;
import io.seedsim.sim.run.Trace;
import io.seedsim.testkit.history.RecordedCall;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A {@link SystemScenario} run's history and trace. A run keeps only the trace hash, so the full
 * trace comes from running the same seed again with a full trace: the run is a function of its
 * seed, so it is the same run.
 */
final class SystemArtifacts implements RunArtifacts {

  private final SystemScenario scenario;
  private final long seed;
  private final String variant;
  private final List<RecordedCall> calls;
  private Trace trace;

  SystemArtifacts(SystemScenario scenario, long seed, String variant, List<RecordedCall> calls, Trace trace) {
    this.scenario = scenario;
    this.seed = seed;
    this.variant = variant;
    this.calls = calls;
    this.trace = trace;
  }

  @Override
  public void writeHistory(Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      JsonLinesHistory.writeLines(calls.stream().map(RecordedCall::line).toList(), w);
    }
  }

  @Override
  public void writeTrace(Path file) throws IOException {
    fullTrace().writeTo(file);
  }

  @Override
  public void writeHtml(Path file) throws IOException {
    String title = scenario.name() + ", seed " + seed + ", variant " + variant;
    HistoryView view = HistoryViews.of(title, scenario.model(), scenario.check(calls), HistoryView.MICROSECONDS);
    TraceView traceView = TraceFile.fromLines(scenario.name() + " seed " + seed, fullTrace().lines());
    Files.writeString(file, HtmlPage.render(view, traceView), StandardCharsets.UTF_8);
  }

  private Trace fullTrace() {
    if (trace.mode() != Trace.Mode.FULL) {
      trace = scenario.simulate(seed, variant, Trace.Mode.FULL).run().sim().trace();
    }
    return trace;
  }
}
