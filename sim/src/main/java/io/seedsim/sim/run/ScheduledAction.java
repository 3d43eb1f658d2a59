package io.seedsim.sim.run;

/** Something the scenario (not a node) does at a virtual time: a fault, a check, a stop. */
final class ScheduledAction extends Event {
  final Runnable action;

  ScheduledAction(Runnable action) {
    this.action = action;
  }

  @Override
  void fire(Simulation sim) {
    action.run();
  }
}
