package io.seedsim.checker.viz;

import java.util.ArrayList;
import java.util.Arrays;
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
final class SharedStrings {
  /** Shorter strings are written as they are: a reference would save nothing. */
  static final int LONG = 64;

  /** Strings that share this many first characters are taken for versions of one value. */
  private static final int FAMILY = 48;

  private final List<Object[]> table = new ArrayList<>();
  /** Per family, its latest entry and that entry's characters. */
  private final Map<String, Latest> lastOfFamily = new HashMap<>();

  private record Latest(int id, char[] chars) {}

  /** The table id standing for {@code value}, or -1 when it is short enough to write as it is. */
  int reference(String value) {
    if (value.length() < LONG) return -1;
    String family = value.substring(0, FAMILY);
    Latest base = lastOfFamily.get(family);
    char[] chars = value.toCharArray();
    int keep = base == null ? 0 : commonPrefix(base.chars, chars);
    if (keep == chars.length && keep == base.chars.length) return base.id; // the same string again
    int id = table.size();
    table.add(keep < FAMILY ? new Object[] {-1, 0, value} : new Object[] {base.id, keep, value.substring(keep)});
    lastOfFamily.put(family, new Latest(id, chars));
    return id;
  }

  /** The table, in the order entries were made (each refers only to earlier ones). */
  List<Object[]> table() {
    return table;
  }

  /** The values are long and mostly extend one another: arrays are compared many chars at a time. */
  private static int commonPrefix(char[] a, char[] b) {
    int at = Arrays.mismatch(a, b);
    return at < 0 ? a.length : at;
  }
}
