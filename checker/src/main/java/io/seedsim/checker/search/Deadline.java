package io.seedsim.checker.search;

import java.time.Duration;

/**
 * The time budget of one check, shared by the partitions checked in parallel. The search asks
 * {@link #passed} every so many steps, so the budget is honoured cooperatively. A check can also
 * be called off early, once one partition has settled the verdict.
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

  /** A deadline {@code budget} from now; null or a non-positive budget means no limit. */
  public static Deadline after(Duration budget) {
    return child(budget, null);
  }

  /** A deadline that passes when this one does, or {@code budget} from now, whichever is first. */
  public Deadline within(Duration budget) {
    return child(budget, this);
  }

  private static Deadline child(Duration budget, Deadline parent) {
    if (budget == null || budget.isZero() || budget.isNegative()) return new Deadline(0, true, parent);
    return new Deadline(System.nanoTime() + budget.toNanos(), false, parent);
  }

  /** True once the budget is spent or the check was called off. */
  public boolean passed() {
    return cancelled() || !unlimited && System.nanoTime() - endNanos > 0 || parent != null && parent.passed();
  }

  /** Calls the check off: a violation elsewhere has already settled the verdict. */
  public void cancel() {
    cancelled = true;
  }

  public boolean cancelled() {
    return cancelled || parent != null && parent.cancelled();
  }
}
