package io.seedsim.scenarios.sweep;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;

/** One line every two seconds, for logs that are not a terminal (CI). */
public final class PlainProgress implements ProgressDisplay {
  private final Supplier<SweepStatus> status;
  private final PrintWriter err;
  private final ScheduledExecutorService poller;

  public PlainProgress(Supplier<SweepStatus> status, PrintWriter err) {
    this.status = status;
    this.err = err;
    this.poller = StatusPoller.every(this::print, 2000);
  }

  private void print() {
    err.println(line(status.get()));
    err.flush();
  }

  static String line(SweepStatus now) {
    return String.format(
        Locale.ROOT,
        "sweep: %d/%d runs, %d failed, %.1f seeds/s",
        now.runsDone(),
        now.plannedRuns(),
        now.failures(),
        now.seedsPerSecond());
  }

  @Override
  public void close() {
    poller.shutdownNow();
  }
}
