package io.seedsim.scenarios.sweep;

import java.util.regex.Pattern;

/**
 * Text that XML 1.0 can hold. A failure reason comes from the user's scenario and may carry ANSI
 * colour codes, NUL or other control characters, which no XML parser accepts even escaped.
 */
final class XmlText {
  /** ESC [ parameters final-byte: colour and cursor codes, which mean nothing in a report. */
  private static final Pattern ANSI_ESCAPE = Pattern.compile("\\u001B\\[[0-?]*[ -/]*[@-~]");

  private XmlText() {}

  /** Drops ANSI escape codes and writes any other character XML cannot hold as {@code \\uXXXX}. */
  static String clean(String text) {
    String plain = ANSI_ESCAPE.matcher(text).replaceAll("");
    StringBuilder out = new StringBuilder(plain.length());
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < plain.length()
          && Character.isLowSurrogate(plain.charAt(i + 1))) {
        out.append(c).append(plain.charAt(++i)); // a pair: a character above U+FFFF
      } else if (allowed(c)) {
        out.append(c);
      } else {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      }
    }
    return out.toString();
  }

  private static boolean allowed(char c) {
    return c == '\t'
        || c == '\n'
        || c == '\r'
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD);
  }
}
