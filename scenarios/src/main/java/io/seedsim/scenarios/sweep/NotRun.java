package io.seedsim.scenarios.sweep;

/**
 * Seeds of one scenario that a sweep did not run: those of {@code first..last} in {@code shard}
 * (every shard-count-th seed). A stopped sweep has a few such spans, however many seeds they hold.
 *
 * @param seeds how many seeds the span holds
 */
public record NotRun(String scenario, Shard shard, long first, long last, long seeds) {

  /** {@code 103..100000}, or {@code 7} for one seed. */
  public String range() {
    return first == last ? Long.toString(first) : first + ".." + last;
  }

  /** {@code seeds 103..100000}, and {@code of shard 1/4} when the span is of a shard. */
  public String describe() {
    return "seeds " + range() + (shard.equals(Shard.ALL) ? "" : " of shard " + shard);
  }
}
