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
 *
 * <p>A slot is three adjacent longs: the hash, the state and lowest operation, and the set's one
 * word (0 for none). Only a set of several words has an array of its own. A probe then reads one
 * place in memory, where parallel arrays cost a cache miss each in a table of millions of slots.
 */
final class ConfigurationCache {
  /** Per entry: two slots (load factor 1/2) of three longs and a words reference. */
  private static final long SLOT_BYTES = 2 * (3 * 8 + 8);

  private final MemoryBudget memory;
  /** Slot i: [3i] hash (0 = empty), [3i + 1] state and lowest, [3i + 2] the one word or 0. */
  private long[] table;
  /** Slot i's words when there are several; null otherwise. */
  private long[][] sets;
  private int size;

  /** Sized for a search over {@code operations} operations; it grows as needed. */
  ConfigurationCache(int operations, MemoryBudget memory) {
    this.memory = memory;
    int capacity = Integer.highestOneBit(Math.max(16, Math.min(operations, 1 << 20) * 4) - 1) << 1;
    table = new long[3 * capacity];
    sets = new long[capacity][];
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
    // With one word, it holds a linearized operation, so it is not 0: 0 means no words.
    long word = to == from ? linearized[from] : 0;
    long stateAndLowest = ((long) state << 32) | (lowest & 0xFFFFFFFFL);
    int mask = sets.length - 1;
    int slot = (int) (hash ^ (hash >>> 32)) & mask;
    long stored;
    while ((stored = table[3 * slot]) != 0) {
      if (stored == hash && table[3 * slot + 1] == stateAndLowest && table[3 * slot + 2] == word
          && sameWords(sets[slot], linearized, from, to)) {
        return false;
      }
      slot = (slot + 1) & mask;
    }
    table[3 * slot] = hash;
    table[3 * slot + 1] = stateAndLowest;
    table[3 * slot + 2] = word;
    if (to > from) {
      sets[slot] = Arrays.copyOfRange(linearized, from, to + 1);
      memory.add(SLOT_BYTES + 16 + 8L * (to - from + 1));
    } else {
      memory.add(SLOT_BYTES);
    }
    if (++size * 2 > sets.length) grow();
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

  /** For several words, the stored array against them; for none or one, no array. */
  private static boolean sameWords(long[] stored, long[] linearized, int from, int to) {
    if (to <= from) return stored == null;
    return stored != null && stored.length == to - from + 1
        && Arrays.equals(stored, 0, stored.length, linearized, from, to + 1);
  }

  private void grow() {
    long[] oldTable = table;
    long[][] oldSets = sets;
    int capacity = oldSets.length * 2;
    table = new long[3 * capacity];
    sets = new long[capacity][];
    int mask = capacity - 1;
    for (int i = 0; i < oldSets.length; i++) {
      long hash = oldTable[3 * i];
      if (hash == 0) continue;
      int slot = (int) (hash ^ (hash >>> 32)) & mask;
      while (table[3 * slot] != 0) slot = (slot + 1) & mask;
      System.arraycopy(oldTable, 3 * i, table, 3 * slot, 3);
      sets[slot] = oldSets[i];
    }
  }
}
