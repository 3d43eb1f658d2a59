package io.seedsim.checker.model;

import java.util.List;

/** How models write values in descriptions, and how they read loosely typed file values. */
final class Text {
  private Text() {}

  /** A string in double quotes, with quotes, backslashes and control characters escaped. */
  static String quote(String s) {
    if (plain(s)) return "\"" + s + "\"";
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
          else out.append(c);
        }
      }
    }
    return out.append('"').toString();
  }

  private static boolean plain(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == '"' || c == '\\') return false;
    }
    return true;
  }

  /** A value as a register model stores it: integers as Long, so 3 from JSON equals 3 from EDN. */
  static Object registerValue(Object value) {
    if (value == null) return Nil.NIL;
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof java.math.BigInteger big && big.bitLength() < 64) return big.longValue();
    return value;
  }

  static String describeValue(Object value) {
    if (value instanceof String s) return quote(s);
    if (value instanceof List<?> list) {
      StringBuilder out = new StringBuilder("[");
      for (Object item : list) {
        if (out.length() > 1) out.append(' ');
        out.append(describeValue(item));
      }
      return out.append(']').toString();
    }
    return String.valueOf(value);
  }

  /** A kv argument: strings as they are, integers in decimal; anything else is an error. */
  static String kvString(Object value, String what) {
    if (value instanceof String s) return s;
    if (value instanceof Long || value instanceof Integer || value instanceof java.math.BigInteger) {
      return value.toString();
    }
    throw new IllegalArgumentException(what + " must be a string, not " + describeValue(value));
  }
}
