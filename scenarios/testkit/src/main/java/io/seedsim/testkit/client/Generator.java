package io.seedsim.testkit.client;

/**
 * Where a client's operations come from, one at a time, as in Jepsen's and Maelstrom's
 * generators. A generator may keep state; the driver makes one per client. {@link Generators}
 * holds the common ones and the combinators.
 */
@FunctionalInterface
public interface Generator {

  /** The client's next operation, or null when the client is done. */
  ClientOp next(Draw draw);
}
