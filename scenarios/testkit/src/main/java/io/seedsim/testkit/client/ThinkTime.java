package io.seedsim.testkit.client;

import io.seedsim.sim.SimRandom;

/** How long a client waits before each operation, in virtual microseconds. */
@FunctionalInterface
public interface ThinkTime {

  long micros(SimRandom random);

  /** No wait and no draw: the next operation starts as the previous one returns. */
  ThinkTime NONE = random -> 0;

  static ThinkTime fixed(long micros) {
    return random -> micros;
  }

  /** Uniform in [min, max]; the least wait is what a draw of 0 gives. */
  static ThinkTime uniform(long minMicros, long maxMicros) {
    return random -> random.longInclusive(minMicros, maxMicros);
  }
}
