package io.seedsim.testkit.client;

import io.seedsim.sim.NodeContext;
import io.seedsim.sim.Promise;

/**
 * Runs one operation against the system under test from a client node, for example with {@code
 * ctx.call(...)}, and promises what the client saw (null for nothing, as for a write; for a cas,
 * true when it applied and false when its comparison failed, which is recorded as a definite
 * failure). A failed promise (a timeout) leaves the operation's outcome unknown.
 */
@FunctionalInterface
public interface Performer {

  Promise<?> perform(NodeContext ctx, ClientOp op);
}
