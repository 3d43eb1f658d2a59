package io.seedsim.testkit;

/** The seeds {@code first..last}, both included; seeds are longs of at least 0. */
public record SeedRange(long first, long last) {

  public SeedRange {
    if (first < 0) {
      throw new IllegalArgumentException("seeds are at least 0, not " + first);
    }
    if (first > last) {
      throw new IllegalArgumentException("the range is empty (" + first + " > " + last + ")");
    }
  }

  /** Reads {@code A..B} or a single seed {@code N}. */
  public static SeedRange parse(String text) {
    int dots = text.indexOf("..");
    if (dots < 0) {
      long seed = parseSeed(text);
      return new SeedRange(seed, seed);
    }
    return new SeedRange(parseSeed(text.substring(0, dots)), parseSeed(text.substring(dots + 2)));
  }

  static long parseSeed(String text) {
    try {
      long seed = Long.parseLong(text.strip());
      if (seed < 0) {
        throw new IllegalArgumentException("seeds are at least 0, not " + seed);
      }
      return seed;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a seed (expected A..B or N, whole numbers from 0)");
    }
  }

  @Override
  public String toString() {
    return first == last ? Long.toString(first) : first + ".." + last;
  }
}
