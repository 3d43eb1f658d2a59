package io.seedsim.kvstore;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The reference implementation and the deliberately buggy ones: each bug is one small, plausible
 * student mistake in the server or the clerk, selected by name with {@code --variant NAME}.
 */
public enum Variant {
  CORRECT("none", "seedsim's reference implementation, no bug switched on"),
  NO_DEDUP("no-dedup", "the server executes every request it receives, retransmissions included"),
  DEDUP_BY_KEY(
      "dedup-by-key",
      "the duplicate table is keyed by key instead of by clerk, so another clerk's cached reply answers a new request"),
  REUSE_SEQ("reuse-seq", "the clerk gives a get the sequence number of its previous operation"),
  APPEND_RETURNS_NEW("append-returns-new", "append returns the new value instead of the old one"),
  LOCAL_READS("local-reads", "a replica serves gets from its own copy instead of through the shard's first server"),
  LOCAL_WRITES(
      "local-writes", "a replica applies puts and appends to its own copy without ordering them through the first server"),
  NO_SHARD_CHECK("no-shard-check", "a server answers for keys of shards it does not hold instead of rejecting them"),
  PRIMARY_ONLY("primary-only", "no replication: a server serves only the shard it is first server of"),
  ACK_BEFORE_FSYNC(
      "ack-before-fsync",
      "the durable server replies to a write before its log record is synced, so a crash can lose an acknowledged write");

  private final String id;
  private final String description;

  Variant(String id, String description) {
    this.id = id;
    this.description = description;
  }

  /** The name users type. */
  public String id() {
    return id;
  }

  public String description() {
    return description;
  }

  /** The buggy variants, in a fixed order. */
  public static List<Variant> bugs() {
    return Arrays.stream(values()).filter(v -> v != CORRECT).toList();
  }

  public static Optional<Variant> byId(String id) {
    return Arrays.stream(values()).filter(v -> v.id.equals(id)).findFirst();
  }
}
