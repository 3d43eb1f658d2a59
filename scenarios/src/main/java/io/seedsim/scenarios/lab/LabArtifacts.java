package io.seedsim.scenarios.lab;

import io.seedsim.checker.JsonLinesHistory;
import io.seedsim.checker.viz.HistoryView;
import io.seedsim.checker.viz.HistoryViews;
import io.seedsim.checker.viz.HtmlPage;
import io.seedsim.checker.viz.RunOutcomeView;
import io.seedsim.checker.viz.TraceView;
import io.seedsim.kvstore.KvImplementation;
import io.seedsim.testkit.Replay;
import io.seedsim.testkit.RunArtifacts;
import io.seedsim.testkit.TraceViews;
import io.seedsim.sim.run.Trace;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A lab run's history and trace. A run for {@code run --html} or {@code --trace} keeps its full
 * trace, and the page and trace file come from it. A sweep keeps only the trace hash, so there the
 * full trace comes from running the same seed again with a full trace: the run is a function of
 * its seed, so it is the same run, and the page checks that by hash.
 */
final class LabArtifacts implements RunArtifacts {

  private final LabScenario scenario;
  private final long seed;
  private final KvImplementation implementation;
  private final String label;
  private final String replayCommand;
  private final List<HistoryEntry> history;
  private final String failure;
  private final String traceHash;
  private Trace trace;

  LabArtifacts(LabScenario scenario, long seed, KvImplementation implementation, String label, String replayCommand,
      List<HistoryEntry> history, String failure, Trace trace) {
    this(scenario, seed, implementation, label, replayCommand, history, failure, trace.hash(), trace);
  }

  private LabArtifacts(LabScenario scenario, long seed, KvImplementation implementation, String label,
      String replayCommand, List<HistoryEntry> history, String failure, String traceHash, Trace trace) {
    this.scenario = scenario;
    this.seed = seed;
    this.implementation = implementation;
    this.label = label;
    this.replayCommand = replayCommand;
    this.history = history;
    this.failure = failure;
    this.traceHash = traceHash;
    this.trace = trace;
  }

  @Override
  public void writeHistory(Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      JsonLinesHistory.write(KvHistoryCheck.operations(history), w);
    }
  }

  @Override
  public void writeTrace(Path file) throws IOException {
    fullTrace().writeTo(file);
  }

  @Override
  public void writeHtml(Path file) throws IOException {
    writePage(file, outcome());
  }

  @Override
  public void writeCaseHtml(Path file, String caseCommand, long originalSeed) throws IOException {
    writePage(file, outcome().shrunk(caseCommand, originalSeed));
  }

  @Override
  public RunArtifacts replayedBy(String command) {
    return new LabArtifacts(scenario, seed, implementation, label, command, history, failure, traceHash, trace);
  }

  private RunOutcomeView outcome() {
    return RunOutcomeView.of(scenario.name(), seed, label, failure, replayCommand, traceHash);
  }

  private void writePage(Path file, RunOutcomeView outcome) throws IOException {
    Trace full = fullTrace();
    String title = scenario.name() + ", seed " + seed + ", variant " + label;
    HistoryView view = HistoryViews.of(title, KvHistoryCheck.KV, KvHistoryCheck.check(history), HistoryView.MICROSECONDS);
    // The trace may come from simulating the seed again: the page compares the two simulations'
    // hashes and leaves the trace out if they differ, so it never shows two runs as one.
    TraceView traceView = TraceViews.of(scenario.name() + " seed " + seed, full);
    Files.writeString(file, HtmlPage.render(outcome, view, traceView), StandardCharsets.UTF_8);
  }

  /** The full trace, simulated again at most once (run --trace --html wants it twice). */
  Trace fullTrace() {
    if (trace.mode() != Trace.Mode.FULL) {
      trace = scenario.simulate(seed, implementation, label, Trace.Mode.FULL).run().sim.trace();
    }
    return trace;
  }
}
