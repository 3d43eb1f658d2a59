package io.seedsim.checker.search;

/**
 * The memory one partition's search may fill: the memo of configurations and the model's stored
 * states together. Past it the search answers UNKNOWN instead of the JVM dying of
 * OutOfMemoryError on a history too hard to decide. Counts are estimates of retained bytes.
 */
final class MemoryBudget {
  /** One search may fill at most this share of the heap. */
  static final double HEAP_SHARE = 0.25;

  private final double maxBytes;
  private long used;

  MemoryBudget(double maxBytes) {
    this.maxBytes = maxBytes;
  }

  static MemoryBudget shareOfHeap() {
    return new MemoryBudget(Runtime.getRuntime().maxMemory() * HEAP_SHARE);
  }

  void add(long bytes) {
    used += bytes;
  }

  boolean spent() {
    return used >= maxBytes;
  }

  long used() {
    return used;
  }
}
