package io.seedsim.checker.viz;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes each long string of a page once. A key's value grows by one element per append, and the
 * page holds it in every get's output, every step's state and every reply message, so a run of ten
 * thousand appends would hold the same prefix ten thousand times. Instead each long string becomes
 * {@code {"$": i}}, and entry i of the table is {@code [base, keep, tail]}: the first {@code keep}
 * characters of entry {@code base}, then {@code tail} (base -1: tail alone). The page rebuilds the
 * strings when it loads (page.js, {@code inflate}).
 */
final class SharedStrings extends JsonSerializer<String> {
  /** Shorter strings are written as they are: a reference would save nothing. */
  static final int LONG = 64;

  /** Strings that share this many first characters are taken for versions of one value. */
  private static final int FAMILY = 48;

  private final List<Object[]> table = new ArrayList<>();
  private final List<String> texts = new ArrayList<>();
  private final Map<String, Integer> lastOfFamily = new HashMap<>();

  @Override
  public void serialize(String value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    if (value.length() < LONG) {
      gen.writeString(value);
      return;
    }
    gen.writeStartObject();
    gen.writeNumberField("$", reference(value));
    gen.writeEndObject();
  }

  /** The table, in the order entries were made (each refers only to earlier ones). */
  List<Object[]> table() {
    return table;
  }

  private int reference(String value) {
    String family = value.substring(0, FAMILY);
    Integer base = lastOfFamily.get(family);
    int keep = base == null ? 0 : commonPrefix(texts.get(base), value);
    if (keep == value.length() && keep == texts.get(base).length()) return base;  // the same string again
    int id = table.size();
    table.add(keep < FAMILY ? new Object[] {-1, 0, value} : new Object[] {base, keep, value.substring(keep)});
    texts.add(value);
    lastOfFamily.put(family, id);
    return id;
  }

  private static int commonPrefix(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int i = 0;
    while (i < n && a.charAt(i) == b.charAt(i)) i++;
    return i;
  }
}
