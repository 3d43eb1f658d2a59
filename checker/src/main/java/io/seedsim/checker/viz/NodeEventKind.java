package io.seedsim.checker.viz;

/** The instantaneous events drawn on a node's line in the trace view. */
public enum NodeEventKind {
  CRASH,
  RESTART,
  SHUTDOWN,
  RPC_TIMEOUT,
  NOTE,
  /** The node froze: it handles nothing until it resumes. */
  PAUSE,
  RESUME,
  /** A disk write, read, fsync, injected fault or crash loss. */
  DISK,
  CLOCK_JUMP,
  /** A buggify fault point fired. */
  BUGGIFY
}
