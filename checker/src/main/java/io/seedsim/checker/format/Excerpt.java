package io.seedsim.checker.format;

import java.util.Collection;
import java.util.Map;

/**
 * A value as error messages quote it: EDN-like ({@code "text"}, {@code [1 2]}, {@code {:f :read}}),
 * cut at {@link #LIMIT} characters with {@code ...}, and never built in full first, so that a
 * 100 MB value costs a short line and little time.
 */
public final class Excerpt {
  private Excerpt() {}

  /** Characters kept of a quoted value. */
  public static final int LIMIT = 80;

  public static String of(Object value) {
    StringBuilder out = new StringBuilder();
    try {
      append(out, value);
    } catch (Full full) {
      out.setLength(LIMIT);
      out.append("...");
    }
    return out.toString();
  }

  /** Thrown once the excerpt is long enough: stops the walk over a large value. */
  /** Text as it is, cut at {@link #LIMIT} characters with {@code ...}. */
  public static String cut(String text) {
    return text.length() <= LIMIT ? text : text.substring(0, LIMIT) + "...";
  }

  private static final class Full extends RuntimeException {
    Full() {
      super(null, null, false, false);
    }
  }

  private static void append(StringBuilder out, Object value) {
    if (value instanceof CharSequence s) {
      out.append('"');
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (c) {
          case '"' -> out.append("\\\"");
          case '\\' -> out.append("\\\\");
          case '\n' -> out.append("\\n");
          case '\r' -> out.append("\\r");
          case '\t' -> out.append("\\t");
          default -> out.append(c);
        }
        check(out);
      }
      out.append('"');
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!first) out.append(", ");
        first = false;
        append(out, e.getKey());
        out.append(' ');
        append(out, e.getValue());
      }
      out.append('}');
    } else if (value instanceof Collection<?> items) {
      out.append('[');
      boolean first = true;
      for (Object item : items) {
        if (!first) out.append(' ');
        first = false;
        append(out, item);
      }
      out.append(']');
    } else {
      String text = value == null ? "nil" : String.valueOf(value);
      out.append(text, 0, Math.min(text.length(), LIMIT + 1));
    }
    check(out);
  }

  private static void check(StringBuilder out) {
    if (out.length() > LIMIT) throw new Full();
  }
}
