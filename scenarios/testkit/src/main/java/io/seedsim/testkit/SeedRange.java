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
    String digits = text.strip();
    try {
      return WholeNumber.parse(digits);
    } catch (WholeNumber.TooLarge e) {
      throw new IllegalArgumentException(
          "'" + digits + "' is too large (the largest seed is " + Long.MAX_VALUE + ")");
    } catch (WholeNumber.NotANumber e) {
      if (digits.startsWith("-") && digits.length() > 1 && isDigits(digits.substring(1))) {
        throw new IllegalArgumentException("seeds are at least 0, not " + digits);
      }
      throw new IllegalArgumentException(
          "'" + text + "' is not a seed (expected A..B or N, whole numbers from 0 in ASCII digits)");
    }
  }

  private static boolean isDigits(String text) {
    return text.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  @Override
  public String toString() {
    return first == last ? Long.toString(first) : first + ".." + last;
  }
}
