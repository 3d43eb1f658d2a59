package io.seedsim.testkit;

/** Builds the command line that replays one run. */
public final class Replay {
  private Replay() {}

  public static String command(String scenario, long seed, String variant) {
    String base = "bin/seedsim run --scenario " + scenario + " --seed " + seed;
    return variant == null || variant.equals(Variants.NONE) ? base : base + " --variant " + variant;
  }
}
