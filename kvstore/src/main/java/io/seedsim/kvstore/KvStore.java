package io.seedsim.kvstore;

import java.util.TreeMap;

/**
 * One server's map of keys to values, with a version per key: the first server's writes count
 * the versions up, and a replica keeps a replicated value only if it is newer than its copy.
 */
final class KvStore {

  private record Versioned(String value, long version) {}

  private final TreeMap<String, Versioned> data = new TreeMap<>();

  /** The value, or "" for a missing key, as the lab says. */
  String get(String key) {
    Versioned v = data.get(key);
    return v == null ? "" : v.value;
  }

  /** Sets the value and returns its new version. */
  long put(String key, String value) {
    Versioned old = data.get(key);
    long version = old == null ? 1 : old.version + 1;
    data.put(key, new Versioned(value, version));
    return version;
  }

  /** Keeps {@code value} if {@code version} is newer than the local copy; true when it did. */
  boolean applyReplica(String key, String value, long version) {
    Versioned old = data.get(key);
    if (old == null || old.version < version) {
      data.put(key, new Versioned(value, version));
      return true;
    }
    return false;
  }

  long version(String key) {
    Versioned v = data.get(key);
    return v == null ? 0 : v.version;
  }

  int size() {
    return data.size();
  }
}
