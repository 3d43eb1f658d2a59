package io.seedsim.checker;

import io.seedsim.checker.search.Deadline;
import java.time.Duration;

/**
 * How one check runs.
 *
 * @param deadline the time budget; start it before reading the history to count the reading too
 * @param explain when a cheap argument settles a partition early, whether to keep searching (at
 *     most {@link #EXPLAIN_BUDGET}, inside the deadline) for the longest linearizable prefix the
 *     pages and reports show. Sweeps that only need the verdict and the reason turn it off.
 * @param threads how many threads check partitions in parallel: 0 for the common pool (used for
 *     histories of {@value Linearizability#PARALLEL_FROM_OPERATIONS} operations or more), 1 for
 *     the calling thread only. The answer does not depend on it.
 */
public record CheckOptions(Deadline deadline, boolean explain, int threads) {

  /** After a cheap argument has settled the verdict, how long the search may go on to add detail. */
  public static final Duration EXPLAIN_BUDGET = Duration.ofMillis(200);

  public CheckOptions {
    if (deadline == null) throw new IllegalArgumentException("deadline: use Deadline.none() for no limit");
    if (threads < 0) throw new IllegalArgumentException("threads must not be negative, got " + threads);
  }

  /** A budget of {@code timeout} from now (null for none), with explanations, on the common pool. */
  public static CheckOptions within(Duration timeout) {
    return new CheckOptions(Deadline.after(timeout), true, 0);
  }

  public static CheckOptions until(Deadline deadline) {
    return new CheckOptions(deadline, true, 0);
  }

  public CheckOptions withoutExplanationSearch() {
    return new CheckOptions(deadline, false, threads);
  }

  public CheckOptions withThreads(int count) {
    return new CheckOptions(deadline, explain, count);
  }
}
