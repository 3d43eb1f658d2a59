package io.seedsim.sim.run;

import io.seedsim.sim.TimerHandle;

/** A node's timer. Cancelled timers stay in the queue and are skipped when they come up. */
final class TimerEvent extends Event implements TimerHandle {
  final NodeHost host;
  final int incarnation;
  final long id;
  final String label;
  final Runnable action;
  boolean done;

  TimerEvent(NodeHost host, long id, String label, Runnable action) {
    this.host = host;
    this.incarnation = host.incarnation;
    this.id = id;
    this.label = label;
    this.action = action;
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
