package io.seedsim.sim;

/**
 * A node is a state machine: it reacts to its start, to messages and to RPC requests, and may send
 * messages, make calls and set timers through its {@link NodeContext}. It reads time and randomness
 * only from the context. A crash discards the node object; a restart builds a new one from the
 * factory it was registered with, so all volatile state is lost.
 */
public interface Node {

  /** Called once when the node starts, and again on each restart (on a fresh object). */
  default void onStart(NodeContext ctx) {}

  /** A one-way message arrived. Nodes that receive one-way messages must override this. */
  default void onMessage(NodeContext ctx, Address from, Message message) {
    throw new UnhandledMessageException(ctx.self(), message);
  }

  /**
   * An RPC request arrived. Return the reply, possibly later (the promise may complete after
   * further calls, e.g. a forward to another node). A failed promise sends no reply: the caller
   * times out, as a crashed handler would make it.
   */
  default Promise<? extends Message> onRequest(NodeContext ctx, Address from, Message request) {
    throw new UnhandledMessageException(ctx.self(), request);
  }
}
