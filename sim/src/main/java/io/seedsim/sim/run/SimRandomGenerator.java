package io.seedsim.sim.run;

import io.seedsim.sim.SimRandom;
import org.apache.commons.math3.random.AbstractRandomGenerator;

/**
 * Lets Apache Commons Math distributions draw from a simulation stream. Never construct a Commons
 * Math distribution without one of these: its default generator is seeded from the wall clock.
 */
final class SimRandomGenerator extends AbstractRandomGenerator {
  private final SimRandom random;

  SimRandomGenerator(SimRandom random) {
    this.random = random;
  }

  @Override
  public void setSeed(long seed) {
    throw new UnsupportedOperationException("a simulation stream is seeded only from the run's seed");
  }

  @Override
  public double nextDouble() {
    return random.nextDouble();
  }
}
