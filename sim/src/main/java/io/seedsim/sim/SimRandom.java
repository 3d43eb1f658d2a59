package io.seedsim.sim;

import java.util.List;

/**
 * The only source of randomness in a simulation: SplitMix64 (Steele, Lea and Flood, 2014), a
 * 64-bit state advanced by a Weyl sequence and scrambled by a fixed mixer. It is small, fast,
 * passes BigCrush, and is fully specified here, so its output never changes with the JDK.
 * Child streams ({@link #fork}) are derived from the parent's seed and a name, never from how
 * much the parent has been used, so adding a draw in one stream does not shift another.
 */
public final class SimRandom {

  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

  private final long seed;
  private long state;

  public SimRandom(long seed) {
    this.seed = seed;
    this.state = seed;
  }

  /** The seed this stream started from. */
  public long seed() {
    return seed;
  }

  /** An independent stream named {@code name}, a pure function of this stream's seed and the name. */
  public SimRandom fork(String name) {
    long h = seed;
    for (int i = 0; i < name.length(); i++) {
      h = mix(h ^ name.charAt(i)) + GOLDEN_GAMMA;
    }
    return new SimRandom(mix(h ^ name.length()));
  }

  public long nextLong() {
    state += GOLDEN_GAMMA;
    return mix(state);
  }

  /** Uniform in [0, 1). */
  public double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  /** Uniform in [0, bound). */
  public long nextLong(long bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be > 0, got " + bound);
    }
    // Lemire-style rejection keeps the draw exactly uniform.
    long limit = Long.MAX_VALUE - (Long.MAX_VALUE % bound);
    long r;
    do {
      r = nextLong() >>> 1;
    } while (r >= limit);
    return r % bound;
  }

  /** Uniform in [0, bound). */
  public int nextInt(int bound) {
    return (int) nextLong(bound);
  }

  /** Uniform in [low, high], both ends included. */
  public long longInclusive(long low, long high) {
    if (low > high) {
      throw new IllegalArgumentException("empty range [" + low + ", " + high + "]");
    }
    return low + nextLong(high - low + 1);
  }

  /** Uniform in [low, high], both ends included. */
  public int intInclusive(int low, int high) {
    return (int) longInclusive(low, high);
  }

  /** True with probability {@code p}. */
  public boolean chance(double p) {
    if (!(p >= 0.0 && p <= 1.0)) {
      throw new IllegalArgumentException("probability must be in [0, 1], got " + p);
    }
    return p > 0.0 && nextDouble() < p;
  }

  /**
   * A choice point whose simplest answer is "stop here": a client driver asks it before each
   * operation. A seeded run always proceeds (and draws nothing, so no other draw shifts); a
   * shrunk case may answer false, which is how it ends clients early with fewer operations.
   */
  public boolean proceed() {
    return true;
  }

  public <T> T pick(List<T> items) {
    if (items.isEmpty()) {
      throw new IllegalArgumentException("cannot pick from an empty list");
    }
    return items.get(nextInt(items.size()));
  }

  /** Fisher-Yates, in place. */
  public <T> void shuffle(List<T> items) {
    for (int i = items.size() - 1; i > 0; i--) {
      int j = nextInt(i + 1);
      T t = items.get(i);
      items.set(i, items.get(j));
      items.set(j, t);
    }
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
