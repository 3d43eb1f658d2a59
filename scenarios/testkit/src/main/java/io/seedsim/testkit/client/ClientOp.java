package io.seedsim.testkit.client;

/**
 * An operation a client is to run, in the history format's vocabulary.
 *
 * @param function for example "read", "write", "get", "put", "append"
 * @param key null for a single-register system
 * @param value the argument, or null when there is none (a read)
 */
public record ClientOp(String function, String key, Object value) {

  public static ClientOp of(String function, String key, Object value) {
    return new ClientOp(function, key, value);
  }
}
