package io.seedsim.kvstore;

import io.seedsim.sim.Promise;

/**
 * A client's handle on the key/value service (the lab's Clerk). Each method returns at once with a
 * promise that completes when the operation has taken effect exactly once; a clerk retries through
 * lost messages itself and never fails an operation for a timeout. The lab gives a clerk one
 * operation at a time.
 */
public interface KvClerk {

  /** The key's value, or "" if it has none. */
  Promise<String> get(String key);

  /** Installs or replaces the key's value. */
  Promise<Void> put(String key, String value);

  /** Appends {@code arg} to the key's value and returns the value before it. */
  Promise<String> append(String key, String arg);
}
