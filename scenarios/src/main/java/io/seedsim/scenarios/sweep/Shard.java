package io.seedsim.scenarios.sweep;

import io.seedsim.testkit.SeedRange;
import io.seedsim.testkit.WholeNumber;
/**
 * Shard {@code index} of {@code count}: the seeds s with s mod count = index. Shards 0/N to (N-1)/N
 * together cover a range exactly once, with no coordinator between machines.
 */
public record Shard(long index, long count) {

  /** The whole range, unsplit. */
  public static final Shard ALL = new Shard(0, 1);

  public Shard {
    if (count < 1) {
      throw new IllegalArgumentException("N must be at least 1");
    }
    if (index < 0 || index >= count) {
      throw new IllegalArgumentException(
          "K must be from 0 to N-1 (shards 0/" + count + " to " + (count - 1) + "/" + count + ")");
    }
  }

  /** Reads {@code K/N}. */
  public static Shard parse(String text) {
    int slash = text.indexOf('/');
    if (slash < 0) {
      throw new IllegalArgumentException("expected K/N, for example 0/4");
    }
    try {
      return new Shard(
          WholeNumber.parse(text.substring(0, slash).strip()),
          WholeNumber.parse(text.substring(slash + 1).strip()));
    } catch (WholeNumber.NotANumber | WholeNumber.TooLarge e) {
      throw new IllegalArgumentException(
          "expected K/N with whole numbers in ASCII digits, for example 0/4");
    }
  }

  public boolean contains(long seed) {
    return Math.floorMod(seed, count) == index;
  }

  /** How many seeds of {@code range} fall in this shard. */
  public long seedsIn(SeedRange range) {
    long offset = Math.floorMod(index - range.first(), count);
    long span = range.last() - range.first();
    if (offset > span) {
      return 0;
    }
    return Math.addExact((span - offset) / count, 1);
  }

  /**
   * The {@code k}-th seed (from 0) of {@code range} in this shard, for k below {@link #seedsIn}.
   */
  public long seedAt(SeedRange range, long k) {
    return range.first() + Math.floorMod(index - range.first(), count) + k * count;
  }

  @Override
  public String toString() {
    return index + "/" + count;
  }
}
