package io.seedsim.checker.format;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import us.bpsm.edn.Keyword;

/**
 * A fast path for the common shape of a Jepsen event: one flat map such as
 * {@code {:process 0, :type :ok, :f :read, :value [1 2]}} whose values are keywords, strings,
 * integers, nil, booleans or flat vectors of these. It builds exactly the values the EDN parser
 * would (interned keywords, Long or BigInteger, lists), several times faster. Anything else (a
 * comment, a tag, a decimal, a symbol, a nested map, a CR, an escape it does not know, a form
 * that runs past the buffer) makes it give up without consuming anything, and the EDN parser
 * reads that form instead.
 */
final class FlatEventScanner {
  /** What {@link #scan} returns when it gives up. */
  static final Object GAVE_UP = new Object();

  private final char[][] knownNames = new char[32][];
  private final Keyword[] knownKeywords = new Keyword[32];
  private int knownCount;
  private final StringBuilder text = new StringBuilder();
  private char[] in;
  private int pos;
  private int end;
  /** Line ends crossed by the last successful scan. */
  int newlines;
  /** Line ends before the map's opening brace. */
  int newlinesBefore;
  /** Where the last successful scan stopped. */
  int stop;

  /** Scans one event map from {@code in[from, to)}; returns it, or {@link #GAVE_UP}. */
  Object scan(char[] in, int from, int to) {
    this.in = in;
    this.pos = from;
    this.end = to;
    newlines = 0;
    skipBlanks();
    newlinesBefore = newlines;
    if (pos >= end || in[pos] != '{') return GAVE_UP;
    pos++;
    Map<Object, Object> map = new HashMap<>();
    while (true) {
      skipBlanks();
      if (pos >= end) return GAVE_UP;
      if (in[pos] == '}') {
        pos++;
        stop = pos;
        return map;
      }
      Object key = keyword();
      if (key == GAVE_UP) return GAVE_UP;
      skipBlanks();
      Object value = value(true);
      if (value == GAVE_UP || map.put(key, value) != null) return GAVE_UP;
    }
  }

  private void skipBlanks() {
    while (pos < end) {
      char c = in[pos];
      if (c == '\n') newlines++;
      else if (c != ' ' && c != ',' && c != '\t') return;
      pos++;
    }
  }

  private Object value(boolean vectorAllowed) {
    if (pos >= end) return GAVE_UP;
    char c = in[pos];
    if (c == ':') return keyword();
    if (c == '"') return string();
    if (c >= '0' && c <= '9' || c == '-') return integer();
    if (c == '[' && vectorAllowed) return vector();
    if (word("nil")) return null;
    if (word("true")) return Boolean.TRUE;
    if (word("false")) return Boolean.FALSE;
    return GAVE_UP;
  }

  private Object vector() {
    pos++;
    List<Object> items = new ArrayList<>(4);
    while (true) {
      skipBlanks();
      if (pos >= end) return GAVE_UP;
      if (in[pos] == ']') {
        pos++;
        return delimited() ? items : GAVE_UP;
      }
      Object item = value(false);
      if (item == GAVE_UP) return GAVE_UP;
      items.add(item);
    }
  }

  /** True when the next character ends a token (or the buffer does: the caller then gives up). */
  private boolean delimited() {
    if (pos >= end) return false;
    char c = in[pos];
    return c == ' ' || c == ',' || c == '\n' || c == '\t' || c == '}' || c == ']';
  }

  private boolean word(String w) {
    int n = w.length();
    if (pos + n > end) return false;
    for (int i = 0; i < n; i++) {
      if (in[pos + i] != w.charAt(i)) return false;
    }
    int save = pos;
    pos += n;
    if (delimited()) return true;
    pos = save;
    return false;
  }

  /** {@code :name}, a letter then letters, digits and {@code - _ ? ! * .}; no namespace. */
  private Object keyword() {
    int start = ++pos;
    if (pos >= end || !(in[pos] >= 'a' && in[pos] <= 'z' || in[pos] >= 'A' && in[pos] <= 'Z')) return GAVE_UP;
    while (pos < end) {
      char c = in[pos];
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '?' || c == '!' || c == '*'
          || c == '.') {
        pos++;
      } else {
        break;
      }
    }
    if (!delimited()) return GAVE_UP;
    return keyword(start, pos - start);
  }

  /** The keyword of these characters, from the few a history uses, without making a string each time. */
  private Keyword keyword(int start, int length) {
    for (int i = 0; i < knownCount; i++) {
      char[] name = knownNames[i];
      if (name.length == length && Arrays.equals(name, 0, length, in, start, start + length)) {
        return knownKeywords[i];
      }
    }
    Keyword k = Keyword.newKeyword(new String(in, start, length));
    if (knownCount < knownNames.length) {
      knownNames[knownCount] = Arrays.copyOfRange(in, start, start + length);
      knownKeywords[knownCount++] = k;
    }
    return k;
  }

  /** A decimal integer without suffix or leading zeros. */
  private Object integer() {
    int start = pos;
    if (in[pos] == '-') pos++;
    int digits = pos;
    while (pos < end && in[pos] >= '0' && in[pos] <= '9') pos++;
    int n = pos - digits;
    if (n == 0 || n > 1 && in[digits] == '0' || !delimited()) return GAVE_UP;
    if (n <= 18) {
      long v = 0;
      for (int i = digits; i < pos; i++) v = v * 10 + (in[i] - '0');
      return in[start] == '-' ? -v : v;
    }
    return ExactNumbers.integer(new BigInteger(new String(in, start, pos - start)));
  }

  private Object string() {
    int start = ++pos;
    // Most strings have no escapes and no line ends: take them as they are.
    while (pos < end) {
      char c = in[pos];
      if (c == '"') {
        String plain = new String(in, start, pos - start);
        pos++;
        return delimited() ? plain : GAVE_UP;
      }
      if (c == '\\' || c == '\n' || c == '\r') break;
      pos++;
    }
    pos = start;
    text.setLength(0);
    while (pos < end) {
      char c = in[pos++];
      switch (c) {
        case '"' -> {
          return delimited() ? text.toString() : GAVE_UP;
        }
        case '\r' -> {
          return GAVE_UP;
        }
        case '\\' -> {
          if (pos >= end) return GAVE_UP;
          char e = in[pos++];
          switch (e) {
            case '"', '\\' -> text.append(e);
            case 'n' -> text.append('\n');
            case 't' -> text.append('\t');
            case 'r' -> text.append('\r');
            default -> {
              return GAVE_UP;
            }
          }
        }
        case '\n' -> {
          newlines++;
          text.append(c);
        }
        default -> text.append(c);
      }
    }
    return GAVE_UP;
  }
}
