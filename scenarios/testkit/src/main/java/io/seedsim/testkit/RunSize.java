package io.seedsim.testkit;

import io.seedsim.sim.Choices;
import java.util.Comparator;

/**
 * How big a failing run is, as the shrinker compares runs: fewer kernel events first, then fewer
 * client operations, then fewer choices away from the simplest outcome, then fewer choices.
 *
 * @param operations -1 when the scenario does not count them
 */
public record RunSize(long events, long operations, long nonZeroChoices, long choices) implements Comparable<RunSize> {

  private static final Comparator<RunSize> ORDER = Comparator.comparingLong(RunSize::events)
      .thenComparingLong(RunSize::operations)
      .thenComparingLong(RunSize::nonZeroChoices)
      .thenComparingLong(RunSize::choices);

  static RunSize of(RunResult result, Choices choices) {
    return new RunSize(result.events(), result.operations(), choices.nonZero(), choices.count());
  }

  @Override
  public int compareTo(RunSize other) {
    return ORDER.compare(this, other);
  }

  /** "E events, O operations", as the shrinker prints it. */
  public String describe() {
    return events + " events, " + (operations < 0 ? "?" : Long.toString(operations)) + " operations";
  }
}
