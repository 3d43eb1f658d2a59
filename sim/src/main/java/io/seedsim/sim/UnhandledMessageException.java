package io.seedsim.sim;

/** A node received a message type it has no handler for: a bug in the protocol, never ignored. */
public final class UnhandledMessageException extends RuntimeException {
  public UnhandledMessageException(Address node, Message message) {
    super(node + " has no handler for " + message.getClass().getSimpleName() + ": " + message.describe());
  }
}
