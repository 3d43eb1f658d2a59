package io.seedsim.scenarios.cli;

/** Exit codes of the command line contract (see DESIGN.md). */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int USAGE = 2;
  public static final int UNKNOWN = 3;

  private ExitCodes() {}
}
