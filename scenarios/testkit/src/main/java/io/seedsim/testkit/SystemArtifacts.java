package io.seedsim.testkit;

import io.seedsim.checker.JsonLinesHistory;
import io.seedsim.checker.viz.HistoryView;
import io.seedsim.checker.viz.HistoryViews;
import io.seedsim.checker.viz.HtmlPage;
import io.seedsim.checker.viz.RunOutcomeView;
import io.seedsim.sim.run.Trace;
import io.seedsim.testkit.history.RecordedCall;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A {@link SystemScenario} run's history and trace. Its page opens with how the run ended, as a
 * lab run's does: passed, or failed with the reason and the command that replays it. A run that
 * kept only the trace hash gets the full trace by running the same seed again with a full trace:
 * the run is a function of its seed, so it is the same run, and the page checks that by hash.
 */
final class SystemArtifacts implements RunArtifacts {

  private final SystemScenario scenario;
  private final long seed;
  private final String variant;
  private final List<RecordedCall> calls;
  private final String failure;
  private final String traceHash;
  private final String replayCommand;
  private Trace trace;

  SystemArtifacts(SystemScenario scenario, long seed, String variant, List<RecordedCall> calls, String failure,
      Trace trace) {
    this(scenario, seed, variant, calls, failure, trace.hash(), trace, Replay.command(scenario.name(), seed, variant));
  }

  private SystemArtifacts(SystemScenario scenario, long seed, String variant, List<RecordedCall> calls, String failure,
      String traceHash, Trace trace, String replayCommand) {
    this.scenario = scenario;
    this.seed = seed;
    this.variant = variant;
    this.calls = calls;
    this.failure = failure;
    this.traceHash = traceHash;
    this.replayCommand = replayCommand;
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
    writePage(file, outcome());
  }

  @Override
  public void writeCaseHtml(Path file, String caseCommand, long originalSeed) throws IOException {
    writePage(file, outcome().shrunk(caseCommand, originalSeed));
  }

  @Override
  public RunArtifacts replayedBy(String command) {
    return new SystemArtifacts(scenario, seed, variant, calls, failure, traceHash, trace, command);
  }

  private RunOutcomeView outcome() {
    return RunOutcomeView.of(scenario.name(), seed, variant, failure, replayCommand, traceHash);
  }

  private void writePage(Path file, RunOutcomeView outcome) throws IOException {
    String title = scenario.name() + ", seed " + seed + ", variant " + variant;
    HistoryView view = HistoryViews.of(title, scenario.model(), scenario.check(calls), HistoryView.MICROSECONDS);
    // A trace simulated again carries its own hash: the page leaves it out if it differs.
    var traceView = TraceViews.of(scenario.name() + " seed " + seed, fullTrace());
    Files.writeString(file, HtmlPage.render(outcome, view, traceView), StandardCharsets.UTF_8);
  }

  private Trace fullTrace() {
    if (trace.mode() != Trace.Mode.FULL) {
      trace = scenario.simulate(seed, variant, Trace.Mode.FULL).run().sim().trace();
    }
    return trace;
  }
}
