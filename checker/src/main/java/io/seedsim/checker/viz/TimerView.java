package io.seedsim.checker.viz;

import java.util.Objects;

/**
 * A timer a node set, from when it was set until it fired or was cancelled.
 *
 * @param node the node that set it
 * @param id the trace's timer id
 * @param label what the timer is for, e.g. {@code retry}
 * @param setTime when it was set
 * @param dueTime when it was due to fire (the trace's {@code at})
 * @param endTime when it fired or was cancelled; null if neither happened before the trace ended
 * @param outcome fired, cancelled or pending
 */
public record TimerView(
    String node, String id, String label, long setTime, long dueTime, Long endTime, TimerOutcome outcome) {

  public TimerView {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(outcome, "outcome");
  }
}
