package io.seedsim.testkit.example;

import io.seedsim.sim.Message;

/** The primary-backup register's messages. */
sealed interface PbMessage extends Message {
  /** A client's read (value null) or write. */
  record ClientRequest(boolean write, Long value) implements PbMessage {}

  /** ok = false: not the primary (nothing happened); done = false: a write that may or may not have happened. */
  record ClientReply(boolean primary, boolean done, Long value) implements PbMessage {}

  /** Primary to backup: apply this write (or, value null and confirm true, only confirm the epoch). */
  record Replicate(long epoch, Long value, boolean confirmOnly) implements PbMessage {}

  record Ack(boolean ok) implements PbMessage {}

  /** The primary's heartbeat, carrying its value so a restarted replica can catch up. */
  record Heartbeat(long epoch, Long value) implements PbMessage {}
}
