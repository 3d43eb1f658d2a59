package io.seedsim.sim.run;

/**
 * A handler threw (a node's bug, a client's failed check, an unhandled message): the run ends
 * here. Carries the virtual time and the node, so the one-line reason says where.
 */
public final class SimulationFailure extends RuntimeException {
  private final long atMicros;
  private final String node;

  SimulationFailure(long atMicros, String node, Throwable cause) {
    super("at " + atMicros + " us on " + node + ": " + describe(cause), cause);
    this.atMicros = atMicros;
    this.node = node;
  }

  public long atMicros() {
    return atMicros;
  }

  public String node() {
    return node;
  }

  private static String describe(Throwable cause) {
    String msg = cause.getMessage();
    String type = cause instanceof AssertionError ? "check failed" : cause.getClass().getSimpleName();
    return msg == null ? type : type + ": " + msg;
  }
}
