package io.seedsim.scenarios.cli;

/**
 * Shortens what a message repeats of the user's input: an argument of 120 KB is named by its
 * start and its length, not printed back in full.
 */
final class Echo {
  static final int LONGEST_WORD = 512; // a long path still shows whole
  private static final int KEPT = 40;

  private Echo() {}

  /** {@code message} with every run of more than 512 non-blank characters cut to its first 40. */
  static String cut(String message) {
    StringBuilder out = new StringBuilder(Math.min(message.length(), 4096));
    int i = 0;
    while (i < message.length()) {
      int end = i;
      while (end < message.length() && !Character.isWhitespace(message.charAt(end))) {
        end++;
      }
      if (end == i) {
        out.append(message.charAt(i++));
        continue;
      }
      int length = end - i;
      if (length > LONGEST_WORD) {
        out.append(message, i, i + KEPT).append("...(").append(length).append(" characters)");
        if (message.charAt(end - 1) == ':') {
          out.append(':'); // the message's own colon after the argument
        }
      } else {
        out.append(message, i, end);
      }
      i = end;
    }
    return out.toString();
  }
}
