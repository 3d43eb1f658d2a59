package io.seedsim.sim;

/**
 * A message between nodes. Implement it with records under one sealed interface per protocol, so
 * a node can dispatch on the type in one switch. Messages must be immutable: the network hands the
 * same object to the receiver (and to a duplicate), as if it had been copied.
 */
public interface Message {

  /** One line for the trace and the visualization. Records describe themselves well already. */
  default String describe() {
    return toString();
  }
}
