package io.seedsim.checker.viz;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;

/**
 * JSON that can sit inside a {@code <script type="application/json">} element whatever the values
 * hold: {@code <}, {@code >} and {@code &} become {@code \u003c}, {@code \u003e}, {@code \u0026}, so
 * no value can write {@code </script>} or {@code <!--}, and U+2028/U+2029 are escaped too. It writes
 * the page's view records in one pass: records as objects of their components in order, lists,
 * maps, strings, numbers, booleans and enums (by name).
 */
final class ScriptSafeJson {
  /** Lists this long of records of one type are written as columns. */
  private static final int COLUMNS_FROM = 16;

  private final StringBuilder out;
  private final SharedStrings strings; // null: strings are written as they are

  private ScriptSafeJson(StringBuilder out, SharedStrings strings) {
    this.out = out;
    this.strings = strings;
  }

  /** {@code value} as plain JSON. */
  static String write(Object value) {
    StringBuilder out = new StringBuilder();
    new ScriptSafeJson(out, null).value(value);
    return out.toString();
  }

  /**
   * {@code {"strings": table, "page": value}} with every long string of {@code value} written once
   * (see {@link SharedStrings}), and every list of {@value #COLUMNS_FROM} or more records of one
   * type as {@code {"$cols": names, "$rows": [[values], ...]}}: the names of a record's fields,
   * written once instead of per message, are most of a trace's bytes. page.js turns both back.
   */
  static String writeSharing(Object value) {
    SharedStrings strings = new SharedStrings();
    StringBuilder page = new StringBuilder(1 << 20);
    new ScriptSafeJson(page, strings).value(value);
    StringBuilder out = new StringBuilder(page.length() + 64 * strings.table().size() + 64);
    out.append("{\"strings\":");
    new ScriptSafeJson(out, null).value(strings.table());
    return out.append(",\"page\":").append(page).append('}').toString();
  }

  private void value(Object value) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String s) {
      string(s);
    } else if (value instanceof Number || value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof Enum<?> e) {
      quote(e.name());
    } else if (value instanceof List<?> list) {
      list(list);
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (!first) out.append(',');
        first = false;
        quote(String.valueOf(entry.getKey()));
        out.append(':');
        value(entry.getValue());
      }
      out.append('}');
    } else if (value instanceof Object[] array) {
      list(List.of(array));
    } else if (value.getClass().isRecord()) {
      RecordShape shape = RecordShape.of(value.getClass());
      out.append('{');
      for (int i = 0; i < shape.names.length; i++) {
        if (i > 0) out.append(',');
        quote(shape.names[i]);
        out.append(':');
        value(shape.get(value, i));
      }
      out.append('}');
    } else {
      throw new IllegalArgumentException("the page writes no " + value.getClass().getName());
    }
  }

  private void list(List<?> list) {
    if (strings != null && list.size() >= COLUMNS_FROM && list.get(0) != null && list.get(0).getClass().isRecord()
        && list.stream().allMatch(e -> e != null && e.getClass() == list.get(0).getClass())) {
      columns(list, RecordShape.of(list.get(0).getClass()));
      return;
    }
    out.append('[');
    for (int i = 0; i < list.size(); i++) {
      if (i > 0) out.append(',');
      value(list.get(i));
    }
    out.append(']');
  }

  private void columns(List<?> records, RecordShape shape) {
    out.append("{\"$cols\":[");
    for (int i = 0; i < shape.names.length; i++) {
      if (i > 0) out.append(',');
      quote(shape.names[i]);
    }
    out.append("],\"$rows\":[");
    for (int r = 0; r < records.size(); r++) {
      if (r > 0) out.append(',');
      out.append('[');
      for (int i = 0; i < shape.names.length; i++) {
        if (i > 0) out.append(',');
        value(shape.get(records.get(r), i));
      }
      out.append(']');
    }
    out.append("]}");
  }

  private void string(String s) {
    int id = strings == null ? -1 : strings.reference(s);
    if (id < 0) {
      quote(s);
    } else {
      out.append("{\"$\":").append(id).append('}');
    }
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private void quote(String s) {
    out.append('"');
    if (plain(s)) {
      out.append(s).append('"');
      return;
    }
    int plainFrom = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String escape = switch (c) {
        case '"' -> "\\\"";
        case '\\' -> "\\\\";
        case '\n' -> "\\n";
        case '\r' -> "\\r";
        case '\t' -> "\\t";
        case '\b' -> "\\b";
        case '\f' -> "\\f";
        case '<' -> "\\u003c";
        case '>' -> "\\u003e";
        case '&' -> "\\u0026";
        case '\u2028' -> "\\u2028";
        case '\u2029' -> "\\u2029";
        default -> c < 0x20 ? "\\u00" + HEX[c >> 4] + HEX[c & 15] : null;
      };
      if (escape != null) {
        out.append(s, plainFrom, i).append(escape);
        plainFrom = i + 1;
      }
    }
    out.append(s, plainFrom, s.length()).append('"');
  }

  /** Most strings need no escape: one tight scan, then one copy. */
  private static boolean plain(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
        return false;
      }
    }
    return true;
  }

  /** A record type's component names and accessors, looked up once per type. */
  private static final class RecordShape {
    private static final ClassValue<RecordShape> SHAPES = new ClassValue<>() {
      @Override
      protected RecordShape computeValue(Class<?> type) {
        return new RecordShape(type.getRecordComponents());
      }
    };

    final String[] names;
    private final Method[] accessors;

    private RecordShape(RecordComponent[] components) {
      names = new String[components.length];
      accessors = new Method[components.length];
      for (int i = 0; i < components.length; i++) {
        names[i] = components[i].getName();
        accessors[i] = components[i].getAccessor();
        accessors[i].setAccessible(true);
      }
    }

    static RecordShape of(Class<?> type) {
      return SHAPES.get(type);
    }

    Object get(Object record, int i) {
      try {
        return accessors[i].invoke(record);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("view records are readable", e);
      }
    }
  }
}
