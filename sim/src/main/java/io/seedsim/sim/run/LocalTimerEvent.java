package io.seedsim.sim.run;

/**
 * A timer on the node's own clock: due once that clock reads {@link #localTarget}. A subclass, so
 * that timers on true time, most of the event loop's work, stay small.
 */
final class LocalTimerEvent extends TimerEvent {
  final NodeClock clock;
  final long localTarget;

  LocalTimerEvent(NodeHost host, long id, String label, Runnable action, NodeClock clock, long localTarget) {
    super(host, id, label, action);
    this.clock = clock;
    this.localTarget = localTarget;
  }

  @Override
  long dueAt(long now) {
    return clock.trueTimeFor(localTarget, now);
  }
}
