package io.seedsim.testkit;

import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * Which seeds a {@link SimulationTest} runs: {@code seedsim.seed} (one seed), else {@code
 * seedsim.seeds} (a range), else the annotation's. Both are JUnit configuration parameters, so
 * {@code -D} on the Maven command line sets them.
 */
final class SeedSelection {
  static final String SEED = "seedsim.seed";
  static final String SEEDS = "seedsim.seeds";

  private SeedSelection() {}

  static SeedRange choose(SimulationTest test, Optional<String> seed, Optional<String> seeds) {
    if (seed.isPresent()) {
      SeedRange one = parse(SEED, seed.get());
      if (one.first() != one.last()) {
        throw new ExtensionConfigurationException(
            SEED + "=" + seed.get() + ": give one seed; use " + SEEDS + " for a range");
      }
      return one;
    }
    if (seeds.isPresent()) {
      return parse(SEEDS, seeds.get());
    }
    if (test.seeds() < 1 || test.firstSeed() < 0) {
      throw new ExtensionConfigurationException(
          "@SimulationTest needs seeds >= 1 and firstSeed >= 0, not seeds = "
              + test.seeds()
              + ", firstSeed = "
              + test.firstSeed());
    }
    return new SeedRange(test.firstSeed(), Math.addExact(test.firstSeed(), test.seeds() - 1));
  }

  private static SeedRange parse(String name, String value) {
    try {
      return SeedRange.parse(value);
    } catch (IllegalArgumentException e) {
      throw new ExtensionConfigurationException(name + "=" + value + ": " + e.getMessage());
    }
  }
}
