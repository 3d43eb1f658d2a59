package io.seedsim.sim;

import java.util.List;

/**
 * The only source of randomness in a simulation: SplitMix64 (Steele, Lea and Flood, 2014), a
 * 64-bit state advanced by a Weyl sequence and scrambled by a fixed mixer. It is small, fast,
 * passes BigCrush, and is fully specified here, so its output never changes with the JDK.
 * Child streams ({@link #fork}) are derived from the parent's seed and a name, never from how
 * much the parent has been used, so adding a draw in one stream does not shift another.
 *
 * <p>Every public draw is one <em>choice</em> whose outcome is a non-negative number, 0 being the
 * simplest: {@code chance} is 1 when the fault happens, a bounded draw is its offset from the low
 * end, {@code nextDouble} is its 53-bit integer, {@code proceed} is 1 to go on. Inside a {@link
 * ChoiceCapture} a stream records its outcomes, or takes them from a script instead of the seed,
 * which is how a failing run is shrunk and a shrunk case replayed.
 */
public final class SimRandom {

  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
  private static final long DOUBLE_OUTCOMES = 1L << 53;

  private final long seed;
  private long state;
  /** Where this stream's choices go (and come from when scripted); null outside a capture. */
  private final ChoiceTape tape;
  /** The fork path naming this stream in a capture, e.g. "network" or "workload/client-3". */
  private final String path;
  private int position;

  public SimRandom(long seed) {
    this(seed, ChoiceCapture.current(), null);
  }

  private SimRandom(long seed, ChoiceCapture capture, String path) {
    this.seed = seed;
    this.state = seed;
    this.path = capture == null ? null : path == null ? capture.rootPath(seed) : path;
    this.tape = capture == null ? null : capture.tape(this.path);
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
    long childSeed = mix(h ^ name.length());
    ChoiceCapture capture = tape == null ? null : tape.capture();
    return new SimRandom(childSeed, capture, capture == null ? null : ChoiceCapture.childPath(path, name));
  }

  /** 64 random bits; the outcome is the value itself. */
  public long nextLong() {
    return took(scripted() ? tape.scripted(position) : nextBits());
  }

  /** Uniform in [0, 1); 0.0 is the simplest. */
  public double nextDouble() {
    long outcome = scripted() ? clamp(tape.scripted(position), DOUBLE_OUTCOMES - 1) : nextBits() >>> 11;
    return took(outcome) * 0x1.0p-53;
  }

  /** Uniform in [0, bound). */
  public long nextLong(long bound) {
    checkBound(bound);
    return took(bounded(bound));
  }

  /** Uniform in [0, bound). */
  public int nextInt(int bound) {
    return (int) nextLong(bound);
  }

  /** Uniform in [low, high], both ends included; {@code low} is the simplest. */
  public long longInclusive(long low, long high) {
    if (low > high) {
      throw new IllegalArgumentException("empty range [" + low + ", " + high + "]");
    }
    return low + nextLong(high - low + 1);
  }

  /** Uniform in [low, high], both ends included; {@code low} is the simplest. */
  public int intInclusive(int low, int high) {
    return (int) longInclusive(low, high);
  }

  /**
   * True with probability {@code p}: true means the fault happens. Probability 0 never happens
   * and probability 1 always does, whatever a script says, so neither is a choice.
   */
  public boolean chance(double p) {
    if (!(p >= 0.0 && p <= 1.0)) {
      throw new IllegalArgumentException("probability must be in [0, 1], got " + p);
    }
    if (p == 0.0) {
      return false;
    }
    if (scripted()) {
      return p == 1.0 || took(tape.scripted(position) == 0 ? 0 : 1) == 1;
    }
    boolean hit = (nextBits() >>> 11) * 0x1.0p-53 < p;
    return p == 1.0 || took(hit ? 1 : 0) == 1;
  }

  /**
   * Whether a workload goes on with one more operation. From a seed it always does (and draws
   * nothing, so it shifts no other draw); a script decides, and past a script's end it stops, so a
   * shrunk case can end a client early.
   */
  public boolean proceed() {
    return took(!scripted() || tape.scripted(position) != 0 ? 1 : 0) == 1;
  }

  /** One of {@code items}; the first is the simplest. */
  public <T> T pick(List<T> items) {
    if (items.isEmpty()) {
      throw new IllegalArgumentException("cannot pick from an empty list");
    }
    return items.get(nextInt(items.size()));
  }

  /**
   * Fisher-Yates, in place. Each swap is a choice whose outcome is how far back it reaches, so
   * outcomes of 0 leave the list as it was.
   */
  public <T> void shuffle(List<T> items) {
    for (int i = items.size() - 1; i > 0; i--) {
      long back = scripted() ? clamp(tape.scripted(position), i) : i - boundedBits(i + 1);
      int j = i - (int) took(back);
      T t = items.get(i);
      items.set(i, items.get(j));
      items.set(j, t);
    }
  }

  private boolean scripted() {
    return tape != null && tape.isScripted();
  }

  /** Records {@code outcome} as this stream's next choice (inside a capture) and returns it. */
  private long took(long outcome) {
    if (tape != null) {
      tape.take(position++, outcome);
    }
    return outcome;
  }

  private long bounded(long bound) {
    return scripted() ? clamp(tape.scripted(position), bound - 1) : boundedBits(bound);
  }

  private long boundedBits(long bound) {
    // Lemire-style rejection keeps the draw exactly uniform.
    long limit = Long.MAX_VALUE - (Long.MAX_VALUE % bound);
    long r;
    do {
      r = nextBits() >>> 1;
    } while (r >= limit);
    return r % bound;
  }

  private long nextBits() {
    state += GOLDEN_GAMMA;
    return mix(state);
  }

  private static long clamp(long outcome, long max) {
    return outcome < 0 ? 0 : Math.min(outcome, max);
  }

  private static void checkBound(long bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be > 0, got " + bound);
    }
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
