package io.seedsim.scenarios.course.leaky;

import io.seedsim.kvstore.ServerSetup;
import io.seedsim.scenarios.course.student.NoDedupServer;
import io.seedsim.sim.NodeContext;

/**
 * Nondeterminism the rules cannot see: a static counter survives from one run to the next in the
 * same JVM, and the server writes it into the trace, so a seed run twice gives two trace hashes.
 */
public class CountingServer extends NoDedupServer {

  private static long built;

  public CountingServer(ServerSetup setup) {
    super(setup);
  }

  @Override
  public void onStart(NodeContext ctx) {
    ctx.note("server built " + ++built);
  }
}
