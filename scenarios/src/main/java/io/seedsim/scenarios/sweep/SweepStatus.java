package io.seedsim.scenarios.sweep;

/** A live view of a running sweep, for progress displays. */
public record SweepStatus(long plannedRuns, long runsDone, long failures, long elapsedNanos) {

  public double seedsPerSecond() {
    return elapsedNanos == 0 ? 0 : runsDone * 1e9 / elapsedNanos;
  }
}
