package io.seedsim.checker.viz;

import java.util.Objects;

/**
 * How a simulated run ended, the first thing its page states. A page of a history file alone has
 * none: there the history check's verdict is the only outcome, and the page says so.
 *
 * @param scenario the scenario's name
 * @param seed the seed
 * @param variant the variant's id, e.g. {@code none}
 * @param failure the run's one-line failure reason, or null when it passed; a run can fail for
 *     reasons that are not about linearizability (too few gets completed, a server threw)
 * @param replayCommand the command that replays this run exactly
 * @param traceHash the hash of the run's trace; the page's trace must come from the simulation with
 *     this hash, else it is left out (see {@link HtmlPage})
 * @param caseCommand for a shrunk case, the command that runs this smaller case; else null
 * @param shrunkFromSeed for a shrunk case, the seed of the original failing run; else null
 */
public record RunOutcomeView(
    String scenario,
    long seed,
    String variant,
    String failure,
    String replayCommand,
    String traceHash,
    String caseCommand,
    Long shrunkFromSeed) {

  public RunOutcomeView {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(variant, "variant");
    Objects.requireNonNull(replayCommand, "replayCommand");
  }

  /** A run that is not a shrunk case. */
  public static RunOutcomeView of(
      String scenario, long seed, String variant, String failure, String replayCommand, String traceHash) {
    return new RunOutcomeView(scenario, seed, variant, failure, replayCommand, traceHash, null, null);
  }

  /** The same outcome, as the smaller case that the shrinker found from {@code originalSeed}. */
  public RunOutcomeView shrunk(String caseCommand, long originalSeed) {
    Objects.requireNonNull(caseCommand, "caseCommand");
    return new RunOutcomeView(scenario, seed, variant, failure, replayCommand, traceHash, caseCommand, originalSeed);
  }

  public boolean passed() {
    return failure == null;
  }
}
