package io.seedsim.scenarios.cli;

/** Exit codes of the command line contract (see DESIGN.md and docs/sweep.md). */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int USAGE = 2;
  public static final int UNKNOWN = 3;

  /**
   * The environment failed, not the system under test: out of memory, no thread could be started,
   * a class could not be loaded, a report could not be written after the runs (disk full). The
   * runs that finished are reported; no seed is counted as failed for it.
   */
  public static final int ENVIRONMENT = 4;

  private ExitCodes() {}
}
