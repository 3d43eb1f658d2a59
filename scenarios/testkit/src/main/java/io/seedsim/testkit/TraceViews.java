package io.seedsim.testkit;

import io.seedsim.checker.viz.TraceFile;
import io.seedsim.checker.viz.TraceView;
import io.seedsim.sim.run.Trace;
import io.seedsim.sim.run.TraceRecord;

/** The page's view of a kept trace, built from its records: no JSON is written or parsed. */
public final class TraceViews {
  private TraceViews() {}

  /**
   * @param name labels errors, e.g. "unreliable seed 7"
   * @param trace a trace kept in {@link Trace.Mode#FULL}
   * @return its view, carrying the trace's hash so the page can tell which simulation it shows
   */
  public static TraceView of(String name, Trace trace) {
    return TraceFile.fromRecords(name, trace.records().stream().map(TraceRecord::fields).iterator())
        .withTraceHash(trace.hash());
  }
}
