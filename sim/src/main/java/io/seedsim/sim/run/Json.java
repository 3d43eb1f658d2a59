package io.seedsim.sim.run;

/** A tiny JSON line builder for trace records; the trace needs nothing more. */
final class Json {
  private final StringBuilder sb = new StringBuilder(96);
  private boolean first = true;

  Json() {
    sb.append('{');
  }

  Json field(String name, long value) {
    key(name);
    sb.append(value);
    return this;
  }

  Json field(String name, String value) {
    key(name);
    if (value == null) {
      sb.append("null");
    } else {
      quote(sb, value);
    }
    return this;
  }

  /** A field whose value is already JSON. */
  Json raw(String name, String json) {
    key(name);
    sb.append(json);
    return this;
  }

  String end() {
    return sb.append('}').toString();
  }

  private void key(String name) {
    if (!first) {
      sb.append(',');
    }
    first = false;
    sb.append('"').append(name).append("\":");
  }

  static void quote(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}
