package io.seedsim.scenarios.lab;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes a history as JSON lines, one operation per line, e.g. {@code {"client": 3, "op":
 * "append", "key": "1", "value": "x", "output": "old", "call": 120, "return": 450}}; "return" is
 * null for an unknown outcome and "value"/"output" null where there is none.
 */
public final class HistoryJson {

  private HistoryJson() {}

  public static void write(List<HistoryEntry> history, Writer out) throws IOException {
    for (HistoryEntry e : history) {
      out.write(line(e));
      out.write('\n');
    }
  }

  static String line(HistoryEntry e) {
    StringBuilder sb = new StringBuilder(96);
    sb.append("{\"client\": ").append(e.client());
    sb.append(", \"op\": ").append(quote(e.op()));
    sb.append(", \"key\": ").append(quote(e.key()));
    sb.append(", \"value\": ").append(quote(e.value()));
    sb.append(", \"output\": ").append(quote(e.output()));
    sb.append(", \"call\": ").append(e.callMicros());
    sb.append(", \"return\": ").append(e.returnMicros() == null ? "null" : e.returnMicros().toString());
    return sb.append('}').toString();
  }

  private static String quote(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
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
    return sb.append('"').toString();
  }
}
