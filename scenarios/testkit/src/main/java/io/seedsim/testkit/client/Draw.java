package io.seedsim.testkit.client;

import io.seedsim.sim.SimRandom;

/**
 * What a {@link Generator} sees when asked for a client's next operation.
 *
 * @param client the client's number (0, 1, ...)
 * @param index how many operations this client has asked for before (0 for its first)
 * @param random the client's own stream: every choice of the generator comes from it
 */
public record Draw(int client, long index, SimRandom random, long nowMicros) {

  /** A value no other write of the run has: {@code prefix + client + "." + index + suffix}. */
  public String uniqueValue(String prefix, String suffix) {
    return prefix + client + "." + index + suffix;
  }

  /** A number no other write of the run has (for clients numbered below 1,000). */
  public long uniqueNumber() {
    return index * 1_000 + client + 1;
  }
}
