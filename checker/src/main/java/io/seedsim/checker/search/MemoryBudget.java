package io.seedsim.checker.search;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The memory the searches of the checks running at once may fill: their memos of configurations
 * and the model's stored states, all partitions together (several are alive at once, checked in
 * rounds), all checks together. Past it
 * a search answers UNKNOWN instead of the JVM dying of OutOfMemoryError on a history too hard to
 * decide. Counts are estimates of retained bytes. One instance per search, sharing a pool.
 */
final class MemoryBudget {
  /** All the searches of one check may fill at most this share of the heap. */
  static final double HEAP_SHARE = 0.5;
  /** A search adds to the shared count in chunks, so that counting costs no contention. */
  private static final long FLUSH_BYTES = 1 << 16;

  private final AtomicLong pool;
  private final double maxBytes;
  private long unflushed;
  private long flushed;

  private MemoryBudget(AtomicLong pool, double maxBytes) {
    this.pool = pool;
    this.maxBytes = maxBytes;
  }

  /** A budget of its own, of {@code maxBytes}. */
  MemoryBudget(double maxBytes) {
    this(new AtomicLong(), maxBytes);
  }

  static MemoryBudget shareOfHeap() {
    return new MemoryBudget(Runtime.getRuntime().maxMemory() * HEAP_SHARE);
  }

  /**
   * The pool of every check running in this JVM at once (files checked in parallel, a sweep's
   * workers): together they stay within the share of the heap, where a pool each could fill it.
   */
  private static final MemoryBudget EVERY_CHECK = shareOfHeap();

  /** A budget drawing on the pool that every check running in this JVM shares. */
  static MemoryBudget sharedByEveryCheck() {
    return EVERY_CHECK.sibling();
  }

  /** A budget for another search, drawing on the same pool. */
  MemoryBudget sibling() {
    return new MemoryBudget(pool, maxBytes);
  }

  void add(long bytes) {
    unflushed += bytes;
    if (unflushed >= FLUSH_BYTES) {
      pool.addAndGet(unflushed);
      flushed += unflushed;
      unflushed = 0;
    }
  }

  boolean spent() {
    return pool.get() + unflushed >= maxBytes;
  }

  /** The search is done and its memo is garbage: what it counted goes back to the pool. */
  void release() {
    pool.addAndGet(-flushed);
    flushed = 0;
    unflushed = 0;
  }
}
