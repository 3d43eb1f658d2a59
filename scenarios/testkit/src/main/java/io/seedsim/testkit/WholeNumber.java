package io.seedsim.testkit;

/**
 * Reads a whole number as a person types it on a command line: ASCII digits only. {@link
 * Long#parseLong} also takes a leading '+' and any script's digits ("٧" is 7), which would let
 * two different strings name the same seed or shard.
 */
public final class WholeNumber {
  private WholeNumber() {}

  /** Thrown for text that is not ASCII digits; the caller words the message. */
  public static final class NotANumber extends IllegalArgumentException {
    NotANumber() {
      super("not a whole number");
    }
  }

  /** Thrown for digits above {@link Long#MAX_VALUE}. */
  public static final class TooLarge extends IllegalArgumentException {
    TooLarge() {
      super("above " + Long.MAX_VALUE);
    }
  }

  public static long parse(String text) {
    if (text.isEmpty()) {
      throw new NotANumber();
    }
    long value = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw new NotANumber();
      }
      int digit = c - '0';
      if (value > (Long.MAX_VALUE - digit) / 10) {
        throw new TooLarge();
      }
      value = value * 10 + digit;
    }
    return value;
  }
}
