package io.seedsim.sim.run;

import io.seedsim.sim.TimerHandle;

/** A node's timer, on true time or on the node's own clock. A cancelled timer leaves the queue. */
final class TimerEvent extends Event implements TimerHandle {
  final NodeHost host;
  final int incarnation;
  final long id;
  final String label;
  final Runnable action;
  /** The node's clock for a timer set on it, else null. */
  final NodeClock clock;
  /** The reading of {@link #clock} at which the timer is due. */
  final long localTarget;
  boolean done;

  TimerEvent(NodeHost host, long id, String label, Runnable action) {
    this(host, id, label, action, null, 0);
  }

  TimerEvent(NodeHost host, long id, String label, Runnable action, NodeClock clock, long localTarget) {
    this.host = host;
    this.incarnation = host.incarnation;
    this.id = id;
    this.label = label;
    this.action = action;
    this.clock = clock;
    this.localTarget = localTarget;
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
