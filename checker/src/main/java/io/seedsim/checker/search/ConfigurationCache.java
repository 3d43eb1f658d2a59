package io.seedsim.checker.search;

import java.util.Arrays;

/**
 * Lowe's memo: the configurations (set of linearized operations, state) the search has already
 * entered. Reaching one again cannot lead anywhere new. An open-addressing table keyed by a hash
 * the search maintains incrementally, so a lookup that hits allocates nothing.
 *
 * <p>A linearized set is stored compactly, as the lowest operation not yet linearized (every one
 * below it is) and the bit words from there up to the highest linearized operation. The search
 * linearizes in call order give or take the concurrent window, so a set costs a few words, not
 * one bit per operation of the partition: a sequential history of 200,000 operations would
 * otherwise store 25 KB per configuration.
 */
final class ConfigurationCache {
  private static final long[] NO_WORDS = new long[0];
  /** Per entry beyond its words: two slots (load factor 1/2) of hash, words reference, state, lowest. */
  private static final long SLOT_BYTES = 2 * (8 + 8 + 4 + 4) + 16;

  private final MemoryBudget memory;
  private long[] hashes;
  private long[][] sets;
  private int[] states;
  private int[] lowests;
  private int size;

  /** Sized for a search over {@code operations} operations; it grows as needed. */
  ConfigurationCache(int operations, MemoryBudget memory) {
    this.memory = memory;
    int capacity = Integer.highestOneBit(Math.max(16, Math.min(operations, 1 << 20) * 4) - 1) << 1;
    hashes = new long[capacity];
    sets = new long[capacity][];
    states = new int[capacity];
    lowests = new int[capacity];
  }

  /**
   * Adds the configuration; false when it was already there. {@code hash} must not be 0.
   *
   * @param lowest the lowest operation not in {@code linearized} (all below it are)
   * @param count how many operations {@code linearized} holds
   */
  boolean add(long hash, long[] linearized, int lowest, int count, int state) {
    int from = lowest >>> 6;
    int to = count == lowest ? from - 1 : lastWord(linearized, lowest, count); // from - 1: no words
    int mask = hashes.length - 1;
    int slot = (int) (hash ^ (hash >>> 32)) & mask;
    while (hashes[slot] != 0) {
      if (hashes[slot] == hash && states[slot] == state && lowests[slot] == lowest && sameWords(sets[slot], linearized, from, to)) {
        return false;
      }
      slot = (slot + 1) & mask;
    }
    long[] words = count == lowest ? NO_WORDS : Arrays.copyOfRange(linearized, from, to + 1);
    hashes[slot] = hash;
    sets[slot] = words;
    states[slot] = state;
    lowests[slot] = lowest;
    memory.add(SLOT_BYTES + (words.length == 0 ? 0 : 16 + 8L * words.length));
    if (++size * 2 > hashes.length) grow();
    return true;
  }

  int size() {
    return size;
  }

  /** The last word holding a linearized operation, when some above {@code lowest} are. */
  private static int lastWord(long[] linearized, int lowest, int count) {
    int wanted = count - lowest + (lowest & 63);
    int to = lowest >>> 6;
    for (int seen = Long.bitCount(linearized[to]); seen < wanted; seen += Long.bitCount(linearized[to])) to++;
    return to;
  }

  private static boolean sameWords(long[] stored, long[] linearized, int from, int to) {
    return stored.length == to - from + 1 && (stored.length == 0
        || Arrays.equals(stored, 0, stored.length, linearized, from, to + 1));
  }

  private void grow() {
    long[] oldHashes = hashes;
    long[][] oldSets = sets;
    int[] oldStates = states;
    int[] oldLowests = lowests;
    int capacity = oldHashes.length * 2;
    hashes = new long[capacity];
    sets = new long[capacity][];
    states = new int[capacity];
    lowests = new int[capacity];
    int mask = capacity - 1;
    for (int i = 0; i < oldHashes.length; i++) {
      if (oldHashes[i] == 0) continue;
      int slot = (int) (oldHashes[i] ^ (oldHashes[i] >>> 32)) & mask;
      while (hashes[slot] != 0) slot = (slot + 1) & mask;
      hashes[slot] = oldHashes[i];
      sets[slot] = oldSets[i];
      states[slot] = oldStates[i];
      lowests[slot] = oldLowests[i];
    }
  }
}
