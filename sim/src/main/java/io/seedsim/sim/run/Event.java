package io.seedsim.sim.run;

/** Something that happens at a virtual time. Ties on time break by insertion sequence. */
abstract class Event {
  long time;
  long seq;
  /** The event's index in the queue's heap, or -1 once it has left the queue. */
  int slot = -1;

  /** Runs the event; the simulation has already advanced its clock to {@link #time}. */
  abstract void fire(Simulation sim);

  final boolean before(Event other) {
    return time < other.time || (time == other.time && seq < other.seq);
  }
}
