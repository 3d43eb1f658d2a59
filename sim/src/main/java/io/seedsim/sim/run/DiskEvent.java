package io.seedsim.sim.run;

/** A disk operation of one node completing. It waits while the node is paused, and dies with a crash. */
final class DiskEvent extends Event {
  final NodeHost host;
  final int incarnation;
  final Runnable completion;
  /** The message whose handler started the operation (0: none): its completion's annotations name it. */
  long cause;

  DiskEvent(NodeHost host, Runnable completion) {
    this.host = host;
    this.incarnation = host.incarnation;
    this.completion = completion;
  }

  @Override
  void fire(Simulation sim) {
    sim.completeDiskOperation(this);
  }
}
