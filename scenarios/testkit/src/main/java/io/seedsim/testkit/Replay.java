package io.seedsim.testkit;

/** Builds the command line that replays one run. */
public final class Replay {
  private Replay() {}

  /** The replay of a built-in scenario. */
  public static String command(String scenario, long seed, String variant) {
    return command(scenario, seed, variant, "");
  }

  /**
   * The replay of a scenario that needs more options to be found, e.g. {@code " --classpath CP
   * --registry CLASS"} for a user's own (appended as given: "" for the built-in ones).
   */
  public static String command(String scenario, long seed, String variant, String options) {
    String base = "bin/seedsim run --scenario " + scenario + " --seed " + seed;
    return (variant == null || variant.equals(Variants.NONE) ? base : base + " --variant " + variant) + options;
  }

  /** {@code word} as a shell reads it back: as it is when it is plain, else in single quotes. */
  public static String shellWord(String word) {
    return word.matches("[A-Za-z0-9_./:=@%+,-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
  }
}
