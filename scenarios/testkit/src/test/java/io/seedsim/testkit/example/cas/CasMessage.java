package io.seedsim.testkit.example.cas;

import io.seedsim.sim.Message;

/** The cas register's messages. */
sealed interface CasMessage extends Message {
  /**
   * A client's operation; a retry sends the same request again, with the same seq.
   *
   * @param function "read", "write" or "cas"
   * @param value a write's value, or a cas's new value
   * @param expected a cas's expected value
   */
  record Request(int client, long seq, String function, Long expected, Long value) implements CasMessage {}

  /** @param value what a read saw; applied: whether a cas's comparison held */
  record Reply(Long value, boolean applied) implements CasMessage {}
}
