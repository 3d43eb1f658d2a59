package io.seedsim.checker.format;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.Set;
import us.bpsm.edn.Keyword;
import us.bpsm.edn.Symbol;

/**
 * Names the keys of one history file for the models, which take keys as text, without ever
 * merging two keys: when all keys are of one type they are named plainly ({@code "x"} and
 * {@code :x} both become {@code x}, {@code 1} becomes {@code 1}); when a file mixes types, every
 * key is named as EDN writes it ({@code "x"} becomes {@code "x"} with its quotes, {@code :x}
 * stays {@code :x}), so {@code :x} and {@code "x"}, or {@code 1} and {@code "1"}, stay two keys.
 */
public final class KeyNames {
  private final Set<Class<?>> kinds = new HashSet<>();

  /**
   * The key as this class keeps it (integers as Long or BigInteger), or throws
   * IllegalArgumentException for a key that is not a string, integer, keyword or symbol.
   */
  public static Object accept(Object key) {
    if (key instanceof String || key instanceof Keyword || key instanceof Symbol || key instanceof Long) return key;
    if (key instanceof Integer i) return (long) i;
    if (key instanceof BigInteger big) return ExactNumbers.integer(big);
    throw new IllegalArgumentException("the key " + Excerpt.of(key) + " is not a string, integer or keyword");
  }

  /** Records a key (one that {@link #accept} returned) of this file. */
  public void add(Object key) {
    kinds.add(kind(key));
  }

  /** The key's name, once every key of the file has been added. */
  public String name(Object key) {
    if (kinds.size() <= 1) {
      return key instanceof Keyword k ? k.toString().substring(1) : key.toString();
    }
    return key instanceof String s ? quoted(s) : key.toString();
  }

  private static Class<?> kind(Object key) {
    return key instanceof BigInteger ? Long.class : key.getClass();
  }

  private static String quoted(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
