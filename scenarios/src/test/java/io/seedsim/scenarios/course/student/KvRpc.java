package io.seedsim.scenarios.course.student;

import io.seedsim.sim.Message;

/**
 * The RPCs of a student's store written from HANDOUT.md (not seedsim's reference): every request
 * names its clerk and that clerk's sequence number, so the first server of a shard can tell a
 * retransmission from a new operation.
 */
public sealed interface KvRpc extends Message {

  record GetArgs(String key, long clerk, long seq) implements KvRpc {}

  record PutAppendArgs(String key, String value, boolean append, long clerk, long seq) implements KvRpc {}

  /** {@code value} is the get's value or the append's old value; null for a put or a rejection. */
  record Reply(boolean wrongShard, String value) implements KvRpc {}
}
