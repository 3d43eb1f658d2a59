package io.seedsim.checker.model;

/**
 * A key's value in the kv model, as an append chain: the value before, plus the appended text. An
 * append costs one small node that shares the text of the history's own argument, where a String
 * would copy the whole value on every append (values of thousands of characters, one per
 * configuration the search enters).
 *
 * <p>The hash is exactly {@link String#hashCode()} of the content, computed from the chain when
 * first asked for (polynomial: hash(a + b) = hash(a) * 31^|b| + hash(b)), for interning states: a
 * check that needs no search (a lab history) never asks, and never reads the appended texts for
 * it. A String (a read)
 * is compared with the chain's pieces in place, last piece first, so most differences show at
 * once; the String that matched is remembered as the flat content, so the next comparison of this
 * value, or of a value appended to it, starts from there.
 */
public final class KvValue {
  static final KvValue EMPTY = new KvValue(null, "", 0);

  /** The value this one appends to; null for a value that is {@link #flat} from the start. */
  private final KvValue before;
  /** The appended text, or the whole content when {@code before} is null. */
  private final String piece;
  private final int length;
  /** The hash once computed, as String keeps its own: 0 with hashIsZero false means not yet. */
  private int hash;
  private boolean hashIsZero;
  /** The whole content, once known; never copied out of a chain unless described. */
  private String flat;

  private KvValue(KvValue before, String piece, int length) {
    this.before = before;
    this.piece = piece;
    this.length = length;
    if (before == null) flat = piece;
  }

  static KvValue of(String text) {
    return new KvValue(null, text, text.length());
  }

  KvValue append(String suffix) {
    if (suffix.isEmpty()) return this;
    return new KvValue(this, suffix, length + suffix.length());
  }

  public int length() {
    return length;
  }

  /** The content as one String: copies the chain the first time, for descriptions only. */
  public String text() {
    String known = flat;
    if (known != null) return known;
    flat = build();
    return flat;
  }

  private String build() {
    StringBuilder out = new StringBuilder(length);
    appendTo(out);
    return out.toString();
  }

  private void appendTo(StringBuilder out) {
    // Iteratively: a chain can be as long as the history.
    int pieces = 0;
    KvValue v = this;
    while (v.flat == null) {
      pieces++;
      v = v.before;
    }
    String[] texts = new String[pieces];
    KvValue w = this;
    for (int i = pieces - 1; i >= 0; i--) {
      texts[i] = w.piece;
      w = w.before;
    }
    out.append(v.flat);
    for (String t : texts) out.append(t);
  }

  /**
   * True when the content equals {@code s}. The last piece is compared in place, which settles
   * most differences; otherwise the content is built once and compared with String.equals, whose
   * vectorized copy and comparison beat a character-by-character walk several times over. The
   * built String is not kept: on a match the history's own {@code s} becomes the flat content.
   */
  boolean contentEquals(String s) {
    // No s.hashCode() here: the history's Strings are compared about once each, and hashing one
    // costs as much as comparing it.
    if (s.length() != length) return false;
    if (flat != null) return flat.equals(s);
    if (!s.regionMatches(length - piece.length(), piece, 0, piece.length())) return false;
    String content = before.flat != null ? before.flat.concat(piece) : build();
    if (!content.equals(s)) return false;
    flat = s;
    return true;
  }

  /**
   * True when the content equals {@code output}, a String. The String that matched last is
   * recognized by identity first, without reading it, not even its class: a lab store hands the
   * same String to a get and to the append after it, and the history is cold in the cache.
   */
  boolean contentEquals(Object output) {
    return output == flat || contentEquals((String) output);
  }

  /** True when {@code s} starts with this content, compared in place. */
  boolean isPrefixOf(String s) {
    if (s.length() == length) return contentEquals(s);
    return s.length() > length && startOf(s);
  }

  /** True when the first {@link #length} characters of {@code s} are this content. */
  private boolean startOf(String s) {
    int end = length;
    KvValue v = this;
    while (v.flat == null) {
      end -= v.piece.length();
      if (!s.regionMatches(end, v.piece, 0, v.piece.length())) return false;
      v = v.before;
    }
    return s.regionMatches(0, v.flat, 0, end);
  }

  @Override
  public boolean equals(Object o) {
    if (o == this) return true;
    if (!(o instanceof KvValue v) || v.length != length || v.hashCode() != hashCode()) return false;
    // Same chain above a shared value: compare the pieces only.
    KvValue a = this;
    KvValue b = v;
    while (a != b && a.flat == null && b.flat == null && a.piece.equals(b.piece)) {
      a = a.before;
      b = b.before;
    }
    if (a == b) return true;
    return a.flat != null ? b.contentEquals(a.flat) : b.flat != null ? a.contentEquals(b.flat) : a.text().equals(b.text());
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0 && !hashIsZero) h = computeHash();
    return h;
  }

  /** From the nearest value below whose hash is known (or the start of the chain) up to this one. */
  private int computeHash() {
    // Iteratively: a chain can be as long as the history.
    int pieces = 0;
    KvValue known = this;
    while (known.before != null && known.hash == 0 && !known.hashIsZero) {
      pieces++;
      known = known.before;
    }
    KvValue[] above = new KvValue[pieces];
    KvValue v = this;
    for (int i = pieces - 1; i >= 0; i--) {
      above[i] = v;
      v = v.before;
    }
    int h = known.before == null ? known.piece.hashCode() : known.hash;
    known.remember(h);
    for (KvValue node : above) {
      for (int i = 0; i < node.piece.length(); i++) h = 31 * h;
      h += node.piece.hashCode();
      node.remember(h);
    }
    return h;
  }

  private void remember(int h) {
    if (h == 0) hashIsZero = true;
    else hash = h;
  }

  @Override
  public String toString() {
    return text();
  }
}
