package io.seedsim.kvstore;

import io.seedsim.sim.Node;
import java.util.function.Function;

/**
 * A key/value service for the lab: what a student writes. The lab's scenarios build every server
 * and every clerk through it, so they run the reference store ({@link ReferenceKv}) and a
 * student's code alike. Both sides are written only against the {@code io.seedsim.sim} node API.
 */
public interface KvImplementation {

  /** A new server node. Called once per server, and again on each restart (state is lost). */
  Node server(ServerSetup setup);

  /** A new clerk, living on a client node; one operation at a time. */
  KvClerk clerk(ClerkSetup setup);

  /**
   * An implementation from two constructors, e.g. {@code KvImplementation.of(KvServer::new,
   * Clerk::new)}.
   */
  static KvImplementation of(
      Function<ServerSetup, ? extends Node> servers, Function<ClerkSetup, ? extends KvClerk> clerks) {
    return new KvImplementation() {
      @Override
      public Node server(ServerSetup setup) {
        return servers.apply(setup);
      }

      @Override
      public KvClerk clerk(ClerkSetup setup) {
        return clerks.apply(setup);
      }
    };
  }
}
