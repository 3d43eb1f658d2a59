package io.seedsim.checker.viz;

/** How a message's journey ended. */
public enum MessageFate {
  DELIVERED,
  DROPPED,
  /** Neither delivered nor dropped when the trace ended. */
  IN_FLIGHT
}
