package io.seedsim.scenarios.sweep;

import java.io.PrintWriter;
import java.util.function.Supplier;

/**
 * Shows a running sweep's progress on stderr: a live bar on a terminal, a plain line every two
 * seconds otherwise (CI logs). It polls {@link Sweep#status()} from its own daemon thread, so the
 * workers never wait on the display.
 */
public sealed interface ProgressDisplay extends AutoCloseable
    permits TerminalProgress, PlainProgress, ProgressDisplay.Silent {

  /** The display that suits where stderr goes. */
  static ProgressDisplay forConsole(Supplier<SweepStatus> status, PrintWriter err) {
    return System.console() != null ? new TerminalProgress(status) : new PlainProgress(status, err);
  }

  /** Shows nothing (tests, benchmarks). */
  record Silent() implements ProgressDisplay {
    @Override
    public void close() {}
  }

  /** Stops the display; the last state is shown once more. */
  @Override
  void close();
}
