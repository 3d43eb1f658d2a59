package io.seedsim.checker.search;

import java.time.Duration;

/**
 * The time budget of one check, shared by the partitions checked in parallel and by whoever reads
 * the history before it (so that parsing is inside the budget too). The work asks {@link #passed}
 * often, so the budget is honoured cooperatively. A partition's deadline can also be called off
 * early, once an earlier partition has settled the verdict.
 */
public final class Deadline {
  private final long endNanos;
  private final boolean unlimited;
  private final Deadline parent;
  private volatile boolean cancelled;

  private Deadline(long endNanos, boolean unlimited, Deadline parent) {
    this.endNanos = endNanos;
    this.unlimited = unlimited;
    this.parent = parent;
  }

  /** Thrown by work that polls a deadline with {@link #check} and finds it passed. */
  public static final class Passed extends RuntimeException {
    public Passed() {
      super("the time budget ran out", null, false, false);
    }
  }

  /** No limit: only cancelling stops the work. */
  public static Deadline none() {
    return new Deadline(0, true, null);
  }

  /**
   * A deadline {@code budget} from now; null means no limit. Any positive budget is a real one,
   * however small (a budget under a nanosecond is one nanosecond).
   *
   * @throws IllegalArgumentException for a zero or negative budget
   */
  public static Deadline after(Duration budget) {
    return child(budget, null);
  }

  /** A deadline that passes when this one does, or {@code budget} from now, whichever is first. */
  public Deadline within(Duration budget) {
    return child(budget, this);
  }

  /** A deadline that passes with this one and can, in addition, be cancelled on its own. */
  public Deadline child() {
    return new Deadline(0, true, this);
  }

  private static Deadline child(Duration budget, Deadline parent) {
    if (budget == null) return new Deadline(0, true, parent);
    if (budget.isZero() || budget.isNegative()) {
      throw new IllegalArgumentException("a time budget must be positive, not " + budget);
    }
    long nanos = budget.compareTo(Duration.ofDays(365 * 100)) > 0 ? Long.MAX_VALUE / 4 : budget.toNanos();
    return new Deadline(System.nanoTime() + Math.max(1, nanos), false, parent);
  }

  /** True once the budget is spent or the work was called off. Reads the clock. */
  public boolean passed() {
    return cancelled() || !unlimited && System.nanoTime() - endNanos > 0 || parent != null && parent.passed();
  }

  /** Throws {@link Passed} once {@link #passed}: for readers deep in a parse. */
  public void check() {
    if (passed()) throw new Passed();
  }

  /** Calls the work off: a violation elsewhere has already settled the verdict. */
  public void cancel() {
    cancelled = true;
  }

  public boolean cancelled() {
    return cancelled || parent != null && parent.cancelled();
  }
}
