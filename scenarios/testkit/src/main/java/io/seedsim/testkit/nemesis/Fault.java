package io.seedsim.testkit.nemesis;

import io.seedsim.sim.SimRandom;
import io.seedsim.sim.run.Simulation;

/**
 * A fault the nemesis starts and later heals. What it hits is chosen when it starts, from the
 * nemesis's random stream, so a seed fixes it. {@link Faults} holds the ones that ship.
 */
public interface Fault {

  /** For the trace: "crash", "partition-halves", ... */
  String name();

  /**
   * Starts the fault now and returns what heals it. Writes a note into the trace saying what it
   * hit.
   */
  Runnable start(Simulation sim, SimRandom random);
}
