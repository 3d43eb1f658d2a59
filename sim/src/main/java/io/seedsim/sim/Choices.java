package io.seedsim.sim;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The outcomes of a run's choices, per stream (fork path), in the order the stream drew them:
 * what a seed produced, or an edited list that a replay follows instead. Immutable.
 */
public final class Choices {

  private static final long[] NONE = new long[0];
  private final SortedMap<String, long[]> streams;

  private Choices(SortedMap<String, long[]> streams) {
    this.streams = streams;
  }

  public static Choices of(Map<String, long[]> streams) {
    SortedMap<String, long[]> copy = new TreeMap<>();
    streams.forEach((path, outcomes) -> copy.put(path, outcomes.clone()));
    return new Choices(Collections.unmodifiableSortedMap(copy));
  }

  /** The streams that made choices, sorted. */
  public SortedSet<String> streams() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(streams.keySet()));
  }

  /** The outcomes of one stream (empty if it made none). */
  public long[] outcomes(String stream) {
    return streams.getOrDefault(stream, NONE).clone();
  }

  /** These choices with {@code stream}'s outcomes replaced. */
  public Choices with(String stream, long[] outcomes) {
    SortedMap<String, long[]> copy = new TreeMap<>(streams);
    copy.put(stream, outcomes.clone());
    return new Choices(Collections.unmodifiableSortedMap(copy));
  }

  /** How many choices in all. */
  public long count() {
    return streams.values().stream().mapToLong(o -> o.length).sum();
  }

  /** How many choices are not the simplest outcome. */
  public long nonZero() {
    return streams.values().stream().mapToLong(o -> Arrays.stream(o).filter(v -> v != 0).count()).sum();
  }

  /** Drops trailing zeros and empty streams: a replay reads both as zeros anyway. */
  public Choices trimmed() {
    SortedMap<String, long[]> copy = new TreeMap<>();
    streams.forEach((path, o) -> {
      int n = o.length;
      while (n > 0 && o[n - 1] == 0) {
        n--;
      }
      if (n > 0) {
        copy.put(path, Arrays.copyOf(o, n));
      }
    });
    return new Choices(Collections.unmodifiableSortedMap(copy));
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Choices other) || !other.streams.keySet().equals(streams.keySet())) {
      return false;
    }
    return streams.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), other.streams.get(e.getKey())));
  }

  @Override
  public int hashCode() {
    int h = 1;
    for (Map.Entry<String, long[]> e : streams.entrySet()) {
      h = 31 * h + e.getKey().hashCode() * 17 + Arrays.hashCode(e.getValue());
    }
    return h;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("{");
    streams.forEach((path, o) -> sb.append(sb.length() > 1 ? ", " : "").append('"').append(path).append("\": ")
        .append(Arrays.toString(o)));
    return sb.append('}').toString();
  }
}
