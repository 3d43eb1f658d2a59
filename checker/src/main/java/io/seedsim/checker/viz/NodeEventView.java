package io.seedsim.checker.viz;

import java.util.Objects;

/**
 * Something that happened at one node at one instant: a crash, restart, shutdown, an RPC timeout
 * or a free-text note.
 *
 * @param time when
 * @param node where
 * @param kind what
 * @param text details: for an RPC timeout the call id and destination, for a note its text; else ""
 */
public record NodeEventView(long time, String node, NodeEventKind kind, String text) {
  public NodeEventView {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }
}
