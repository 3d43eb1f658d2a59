package io.seedsim.kvstore;

import io.seedsim.kvstore.KvMessage.KvReply;
import java.util.TreeMap;

/**
 * Exactly-once at a shard's first server. It keeps, per clerk, only the last sequence number
 * executed and its reply: a request with a higher number means the clerk has seen that reply, so
 * the entry is replaced and the table never holds more than one entry per clerk.
 *
 * @param <K> the owner of a sequence: the clerk id (or, in the dedup-by-key variant, the key)
 */
final class DuplicateTable<K extends Comparable<K>> {

  private record Entry(long seq, KvReply reply) {}

  /** What to do with a request. */
  sealed interface Verdict {}

  /** A new operation: execute it, then {@link #remember} its reply. */
  record Execute() implements Verdict {}

  /** A retransmission of the last operation: answer with its reply again. */
  record Repeat(KvReply reply) implements Verdict {}

  /** Older than the last operation (a late copy): never execute, never answer with its reply. */
  record Stale() implements Verdict {}

  private static final Verdict EXECUTE = new Execute();
  private static final Verdict STALE = new Stale();

  private final TreeMap<K, Entry> entries = new TreeMap<>();

  Verdict check(K owner, long seq) {
    Entry last = entries.get(owner);
    if (last == null || seq > last.seq) {
      return EXECUTE;
    }
    return seq == last.seq ? new Repeat(last.reply) : STALE;
  }

  /** The reply of the owner's last operation, or null. */
  KvReply lastReply(K owner) {
    Entry last = entries.get(owner);
    return last == null ? null : last.reply;
  }

  void remember(K owner, long seq, KvReply reply) {
    entries.put(owner, new Entry(seq, reply));
  }

  int size() {
    return entries.size();
  }
}
