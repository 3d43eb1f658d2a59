package io.seedsim.sim.run;

import io.seedsim.sim.Message;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * One record of a kept trace: its fields in the order of docs/trace-format.md ({@code t} first,
 * then {@code kind}; the header has no {@code t}). A run keeps records, not JSON text: the JSON
 * line is made only when the trace is written, and a page reads the fields as they are. Values
 * are numbers, strings (null allowed), or lists of them. A message's one-line description is made
 * when it is read, not when the message is sent: messages are immutable, and a page reads only
 * the description of each send.
 */
public final class TraceRecord {
  private final Object[] fields; // name, value, name, value, ...

  TraceRecord(Object... fields) {
    this.fields = fields;
  }

  public String kind() {
    return (String) get("kind");
  }

  /** The record's field named {@code name}, or null when it has none. */
  public Object get(String name) {
    for (int i = 0; i < fields.length; i += 2) {
      if (fields[i].equals(name)) {
        return resolved(fields[i + 1]);
      }
    }
    return null;
  }

  /** A message's description, made when read. */
  record MessageText(Message message, boolean reply) {
    String text() {
      return reply ? "reply:" + message.describe() : message.describe();
    }
  }

  private static Object resolved(Object value) {
    return value instanceof MessageText m ? m.text() : value;
  }

  /** The fields in order, as a read-only map. */
  public Map<String, Object> fields() {
    return new AbstractMap<>() {
      @Override
      public Object get(Object name) {
        return name instanceof String s ? TraceRecord.this.get(s) : null;
      }

      @Override
      public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
          @Override
          public int size() {
            return fields.length / 2;
          }

          @Override
          public Iterator<Entry<String, Object>> iterator() {
            return new Iterator<>() {
              private int i;

              @Override
              public boolean hasNext() {
                return i < fields.length;
              }

              @Override
              public Entry<String, Object> next() {
                if (!hasNext()) {
                  throw new NoSuchElementException();
                }
                i += 2;
                return new SimpleImmutableEntry<>((String) fields[i - 2], resolved(fields[i - 1]));
              }
            };
          }
        };
      }
    };
  }

  /** The record as one JSON line (without the newline), as {@code run --trace} writes it. */
  public String json() {
    StringBuilder sb = new StringBuilder(96);
    sb.append('{');
    for (int i = 0; i < fields.length; i += 2) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append('"').append((String) fields[i]).append("\":");
      value(sb, fields[i + 1]);
    }
    return sb.append('}').toString();
  }

  @Override
  public String toString() {
    return json();
  }

  static void value(StringBuilder sb, Object value) {
    if (value == null) {
      sb.append("null");
    } else if (value instanceof MessageText m) {
      quote(sb, m.text());
    } else if (value instanceof String s) {
      quote(sb, s);
    } else if (value instanceof List<?> list) {
      sb.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        value(sb, list.get(i));
      }
      sb.append(']');
    } else {
      sb.append(value); // a Long or an Integer
    }
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
