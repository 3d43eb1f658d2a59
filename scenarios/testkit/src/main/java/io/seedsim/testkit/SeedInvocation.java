package io.seedsim.testkit;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;

/**
 * One seed of a {@link SimulationTest}: a test named {@code seed N}.
 *
 * @param replayOptions what {@code bin/seedsim run} needs to find the scenario ("" for seedsim's)
 */
record SeedInvocation(long seed, String testId, Optional<Scenario> scenario, String variant, boolean checkDeterminism,
    boolean shrink, Duration shrinkTime, String replayOptions)
    implements TestTemplateInvocationContext {

  @Override
  public String getDisplayName(int invocationIndex) {
    return "seed " + seed;
  }

  @Override
  public List<Extension> getAdditionalExtensions() {
    return List.of(new SeedRun(this));
  }

  /** The Maven command that runs this seed again: what its failure page names. */
  String replayCommand() {
    return MavenReplay.command(MavenReplay.currentModule(), testId, seed);
  }

  /** The lines a failure message ends with: how to run this seed again. */
  String replayLines() {
    String maven = "replay: " + replayCommand();
    return scenario
        .map(s -> maven + "\n   or: " + Replay.command(s.name(), seed, variant, replayOptions))
        .orElse(maven);
  }
}
