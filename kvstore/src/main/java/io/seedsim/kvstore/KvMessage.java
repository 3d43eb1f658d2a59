package io.seedsim.kvstore;

import io.seedsim.sim.Message;

/** Every message of the key/value protocol: one sealed set, dispatched in one switch. */
public sealed interface KvMessage extends Message
    permits KvMessage.ClerkRequest, KvMessage.Forward, KvMessage.Replicate, KvMessage.KvReply {

  /**
   * A clerk's operation. {@code seq} grows by one per operation of the clerk, so a request also
   * tells the server that the clerk has seen the reply to every earlier one. {@code value} is the
   * put value or the append argument, null for a get.
   */
  record ClerkRequest(KvOp op, String key, String value, long clerkId, long seq) implements KvMessage {
    @Override
    public String describe() {
      String arg = value == null ? "" : ", \"" + value + "\"";
      return op.name().toLowerCase() + "(\"" + key + "\"" + arg + ") clerk " + clerkId + " seq " + seq;
    }
  }

  /** A replica passes a clerk's request to the shard's first server, which orders it. */
  record Forward(ClerkRequest request) implements KvMessage {
    @Override
    public String describe() {
      return "forward " + request.describe();
    }
  }

  /**
   * The first server tells a replica a key's new value. Versions grow per key, so a replica keeps
   * the newest copy even when the network reorders these.
   */
  record Replicate(String key, String value, long version) implements KvMessage {
    @Override
    public String describe() {
      return "Replicate[key=" + key + ", value=" + brief(value) + ", version=" + version + "]";
    }
  }

  /** The answer to a request: the value for a get, the old value for an append, null for a put. */
  record KvReply(Status status, String value) implements KvMessage {
    @Override
    public String describe() {
      return "KvReply[status=" + status + ", value=" + brief(value) + "]";
    }
  }

  /**
   * A value as the trace shows it: whole up to 64 characters, else its length and last 40
   * characters, as the lab's clients write long results. A key's value grows with every append and
   * travels in every reply and copy; the history keeps it whole.
   */
  private static String brief(String value) {
    if (value == null || value.length() <= 64) {
      return value;
    }
    return "(" + value.length() + " chars) ..." + value.substring(value.length() - 40);
  }

  /** How a server answered. */
  enum Status {
    OK,
    /** This server holds no replica of the key's shard: ask another one. */
    WRONG_GROUP,
    /** The request is older than one the clerk has already moved past: never executed. */
    STALE
  }
}
