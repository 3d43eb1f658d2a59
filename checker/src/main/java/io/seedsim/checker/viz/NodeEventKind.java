package io.seedsim.checker.viz;

/** The instantaneous events drawn on a node's line in the trace view. */
public enum NodeEventKind {
  CRASH,
  RESTART,
  SHUTDOWN,
  RPC_TIMEOUT,
  NOTE
}
