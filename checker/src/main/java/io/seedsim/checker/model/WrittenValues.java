package io.seedsim.checker.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The non-empty put values and append arguments of one key, for "could this read be built from
 * them": does it start with one, and end with one. Looked up by (length, String hash), with the
 * read's prefix and suffix hashes rolled one character at a time, so a read costs one pass over
 * at most the longest written value's length and copies nothing.
 */
final class WrittenValues {
  private final Map<Long, List<String>> byLengthAndHash = new HashMap<>();
  private boolean[] isLength = new boolean[16];
  private int longest;

  void add(String value) {
    int n = value.length();
    if (n == 0) return;
    List<String> same = byLengthAndHash.computeIfAbsent(key(n, value.hashCode()), k -> new ArrayList<>(1));
    if (!same.contains(value)) same.add(value);
    if (n >= isLength.length) isLength = java.util.Arrays.copyOf(isLength, Math.max(n + 1, 2 * isLength.length));
    isLength[n] = true;
    longest = Math.max(longest, n);
  }

  boolean couldBuild(String read) {
    return startsWithOne(read) && endsWithOne(read);
  }

  private boolean startsWithOne(String read) {
    int max = Math.min(longest, read.length());
    int h = 0;
    for (int n = 1; n <= max; n++) {
      h = 31 * h + read.charAt(n - 1);
      if (isLength[n] && matches(byLengthAndHash.get(key(n, h)), read, 0, n)) return true;
    }
    return false;
  }

  private boolean endsWithOne(String read) {
    int max = Math.min(longest, read.length());
    int h = 0;
    int power = 1;
    int length = read.length();
    for (int n = 1; n <= max; n++) {
      h += read.charAt(length - n) * power;
      power *= 31;
      if (isLength[n] && matches(byLengthAndHash.get(key(n, h)), read, length - n, n)) return true;
    }
    return false;
  }

  private static boolean matches(List<String> candidates, String read, int from, int n) {
    if (candidates == null) return false;
    for (String c : candidates) {
      if (read.regionMatches(from, c, 0, n)) return true;
    }
    return false;
  }

  private static long key(int length, int hash) {
    return ((long) length << 32) | (hash & 0xFFFFFFFFL);
  }
}
