package io.seedsim.sim.run;

import io.seedsim.sim.TimerHandle;

/** A node's timer on true time. A cancelled timer leaves the queue. */
class TimerEvent extends Event implements TimerHandle {
  final NodeHost host;
  final int incarnation;
  final long id;
  final String label;
  final Runnable action;
  boolean done;
  /** The message whose handler set the timer (0: none): annotations of its action name it. */
  long cause;

  TimerEvent(NodeHost host, long id, String label, Runnable action) {
    this.host = host;
    this.incarnation = host.incarnation;
    this.id = id;
    this.label = label;
    this.action = action;
  }

  /** The true time from {@code now} on when the timer is due: now, for a timer on true time. */
  long dueAt(long now) {
    return now;
  }

  @Override
  public boolean pending() {
    return !done && host.incarnation == incarnation;
  }

  @Override
  void fire(Simulation sim) {
    sim.fireTimer(this);
  }

  @Override
  public String toString() {
    return "timer " + id + " '" + label + "' of " + host;
  }
}
