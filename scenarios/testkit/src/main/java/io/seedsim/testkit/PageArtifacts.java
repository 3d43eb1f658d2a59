package io.seedsim.testkit;

import io.seedsim.checker.viz.HistoryView;
import io.seedsim.checker.viz.HtmlPage;
import io.seedsim.checker.viz.RunOutcomeView;
import io.seedsim.sim.run.Trace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A run's trace and page, for scenarios on the kernel. The page opens with how the run ended:
 * passed, or failed with the reason and the command that replays it. A run that kept its full
 * trace ({@link Scenario#run(long, String, Trace.Mode)}) writes the trace and the page from it; one
 * that kept only the hash (a sweep's) runs the same seed again with a full trace: the run is a
 * function of its seed, so it is the same run, and the page checks that by hash.
 */
public abstract class PageArtifacts implements RunArtifacts {

  private final String scenario;
  private final long seed;
  private final String variant;
  private final String failure;
  private final String replayCommand;
  private final String traceHash;
  private Trace trace;

  /**
   * @param failure the run's one-line failure, null when it passed
   * @param replayCommand what the page tells its reader to run
   * @param trace the run's trace, full or hash only
   */
  protected PageArtifacts(String scenario, long seed, String variant, String failure, String replayCommand, Trace trace) {
    this.scenario = scenario;
    this.seed = seed;
    this.variant = variant;
    this.failure = failure;
    this.replayCommand = replayCommand;
    this.traceHash = trace.hash();
    this.trace = trace;
  }

  /** The checked history as the page draws it, under {@code title}. */
  protected abstract HistoryView historyView(String title);

  /** The same seed simulated again, keeping the full trace. */
  protected abstract Trace simulateFull();

  @Override
  public final void writeTrace(Path file) throws IOException {
    fullTrace().writeTo(file);
  }

  @Override
  public final void writeHtml(Path file) throws IOException {
    writePage(file, outcome(replayCommand));
  }

  @Override
  public final void writeCaseHtml(Path file, String caseCommand, long originalSeed) throws IOException {
    writePage(file, outcome(replayCommand).shrunk(caseCommand, originalSeed));
  }

  @Override
  public final RunArtifacts replayedBy(String command) {
    PageArtifacts same = this;
    return new RunArtifacts() {
      @Override
      public void writeHistory(Path file) throws IOException {
        same.writeHistory(file);
      }

      @Override
      public void writeTrace(Path file) throws IOException {
        same.writeTrace(file);
      }

      @Override
      public void writeHtml(Path file) throws IOException {
        same.writePage(file, same.outcome(command));
      }

      @Override
      public void writeCaseHtml(Path file, String caseCommand, long originalSeed) throws IOException {
        same.writePage(file, same.outcome(command).shrunk(caseCommand, originalSeed));
      }

      @Override
      public RunArtifacts replayedBy(String other) {
        return same.replayedBy(other);
      }
    };
  }

  private RunOutcomeView outcome(String command) {
    return RunOutcomeView.of(scenario, seed, variant, failure, command, traceHash);
  }

  private void writePage(Path file, RunOutcomeView outcome) throws IOException {
    HistoryView history = historyView(scenario + ", seed " + seed + ", variant " + variant);
    // A trace simulated again carries its own hash: the page leaves it out if it differs.
    var traceView = TraceViews.of(scenario + " seed " + seed, fullTrace());
    Files.writeString(file, HtmlPage.render(outcome, history, traceView), StandardCharsets.UTF_8);
  }

  /** The full trace, simulated again at most once ({@code run --trace --html} wants it twice). */
  private Trace fullTrace() {
    if (trace.mode() != Trace.Mode.FULL) {
      trace = simulateFull();
    }
    return trace;
  }
}
