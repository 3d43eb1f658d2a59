package io.seedsim.checker.search;

import java.util.Arrays;

/**
 * Lowe's memo: the configurations (set of linearized operations, state) the search has already
 * entered. Reaching one again cannot lead anywhere new. An open-addressing table keyed by a hash
 * the search maintains incrementally, so a lookup that hits allocates nothing.
 */
final class ConfigurationCache {
  /**
   * One search may fill at most this share of the heap; past it the search answers UNKNOWN
   * instead of the JVM dying of OutOfMemoryError on a history too hard to decide.
   */
  private static final double HEAP_SHARE = 0.25;

  private final long maxEntries;
  private long[] hashes;
  private long[][] sets;
  private int[] states;
  private int size;

  /** Sized for a search over {@code operations} operations; it grows as needed. */
  ConfigurationCache(int operations) {
    this(operations, Runtime.getRuntime().maxMemory() * HEAP_SHARE);
  }

  /** A cache that reports itself {@link #full} once it holds about {@code maxBytes}. */
  ConfigurationCache(int operations, double maxBytes) {
    // Per entry: the set (array header and words), and two slots of hash, set reference and state.
    long bytesPerEntry = 16 + 8L * ((operations + 63) / 64) + 2 * (8 + 8 + 4);
    maxEntries = Math.max(1, (long) (maxBytes / bytesPerEntry));
    int capacity = Integer.highestOneBit(Math.max(16, operations * 4) - 1) << 1;
    hashes = new long[capacity];
    sets = new long[capacity][];
    states = new int[capacity];
  }

  /** Adds the configuration; false when it was already there. {@code hash} must not be 0. */
  boolean add(long hash, long[] linearized, int state) {
    int mask = hashes.length - 1;
    int slot = (int) (hash ^ (hash >>> 32)) & mask;
    while (hashes[slot] != 0) {
      if (hashes[slot] == hash && states[slot] == state && Arrays.equals(sets[slot], linearized)) return false;
      slot = (slot + 1) & mask;
    }
    hashes[slot] = hash;
    sets[slot] = linearized.clone();
    states[slot] = state;
    if (++size * 2 > hashes.length) grow();
    return true;
  }

  int size() {
    return size;
  }

  /** True once the cache holds as much as its memory budget allows. */
  boolean full() {
    return size >= maxEntries;
  }

  private void grow() {
    long[] oldHashes = hashes;
    long[][] oldSets = sets;
    int[] oldStates = states;
    int capacity = oldHashes.length * 2;
    hashes = new long[capacity];
    sets = new long[capacity][];
    states = new int[capacity];
    int mask = capacity - 1;
    for (int i = 0; i < oldHashes.length; i++) {
      if (oldHashes[i] == 0) continue;
      int slot = (int) (oldHashes[i] ^ (oldHashes[i] >>> 32)) & mask;
      while (hashes[slot] != 0) slot = (slot + 1) & mask;
      hashes[slot] = oldHashes[i];
      sets[slot] = oldSets[i];
      states[slot] = oldStates[i];
    }
  }
}
