package io.seedsim.testkit;

import io.seedsim.sim.Choices;

/**
 * A shrunk counterexample: the scenario, variant and original seed, and the choices that replace
 * the seed's draws. Replaying the choices fails as {@link #failure} says, with {@link #traceHash}.
 *
 * @param build the build that shrank it; another build may replay the choices differently
 * @param before the original run's size
 * @param after the case's size
 */
public record FailureCase(
    String scenario,
    String variant,
    long seed,
    String build,
    String failure,
    FailureSignature signature,
    String traceHash,
    RunSize before,
    RunSize after,
    Choices choices) {

  /** The build running now, as case files name it. */
  public static String currentBuild() {
    String version = FailureCase.class.getPackage().getImplementationVersion();
    return "seedsim " + (version == null ? "development build" : version);
  }

  /** The command that replays the case in {@code file}, for a built-in scenario. */
  public static String replayCommand(String file) {
    return replayCommand(file, "");
  }

  /**
   * The command that replays the case in {@code file}, with the options that find its scenario
   * ({@code " --classpath CP --registry CLASS"} for a user's own, as {@link Replay#command} takes
   * them; "" for the built-in ones). The file name is quoted when a shell would change it.
   */
  public static String replayCommand(String file, String options) {
    return "bin/seedsim run --case " + Replay.shellWord(file) + options;
  }
}
