package io.seedsim.scenarios.sweep;

/**
 * Seeds of one scenario that a sweep did not run: those of {@code first..last} in the sweep's shard
 * (every shard-count-th seed). A stopped sweep has a few such spans, however many seeds they hold.
 *
 * @param seeds how many seeds the span holds
 */
public record NotRun(String scenario, long first, long last, long seeds) {

  /** {@code 103..100000}, or {@code 7} for one seed. */
  public String range() {
    return first == last ? Long.toString(first) : first + ".." + last;
  }
}
