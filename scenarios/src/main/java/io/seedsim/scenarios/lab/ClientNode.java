package io.seedsim.scenarios.lab;

import io.seedsim.sim.Node;
import io.seedsim.sim.NodeContext;

/**
 * A node that hosts clerks. It receives nothing itself (replies go to its clerks' pending calls);
 * the scenario's script drives its clerks through the context it got at start.
 */
final class ClientNode implements Node {

  private NodeContext ctx;

  @Override
  public void onStart(NodeContext ctx) {
    this.ctx = ctx;
  }

  NodeContext context() {
    if (ctx == null) {
      throw new IllegalStateException("client node has not started yet");
    }
    return ctx;
  }
}
