package io.seedsim.testkit;

import io.seedsim.sim.ChoiceCapture;
import io.seedsim.sim.Choices;
import java.time.Duration;

/**
 * Shrinks a failing run to a small case that fails the same way. A run is a function of its
 * choices (see {@link io.seedsim.sim.SimRandom}), so the shrinker records the failing run's
 * choices and then edits them, as Hypothesis shrinks a choice sequence: empty streams, truncate
 * them, zero and delete spans, lower single values, and when those are stuck zero a choice while
 * moving another stream's first fault to the front. Each edit is replayed and kept only if the run
 * still fails with the same {@link FailureSignature} and is smaller ({@link RunSize}, then the
 * choices themselves in order); a last pass drops faults the failure does without at a cost of a
 * few events. Past a stream's end every choice is the simplest, so a shorter
 * list is a simpler run: no more faults, the shortest delays, no more operations.
 *
 * <p>The search is deterministic: the same run and budgets give the same case. It stops when a
 * whole round of passes finds nothing smaller, or at the run budget, or at the time budget (then
 * the case is smaller but perhaps not minimal, and {@link Shrunk#complete()} says so).
 */
public final class Shrinker {

  /** The default time budget of one shrink. */
  public static final Duration DEFAULT_TIME = Duration.ofSeconds(60);

  private final Duration time;
  private final long maxRuns;

  /**
   * @param time how long the search may take (wall clock)
   * @param maxRuns how many replays it may make; tests use a small number for a bounded, fully
   *     deterministic search
   */
  public Shrinker(Duration time, long maxRuns) {
    if (time.isNegative() || time.isZero()) {
      throw new IllegalArgumentException("the shrink time must be positive, got " + time);
    }
    if (maxRuns < 1) {
      throw new IllegalArgumentException("the shrink needs at least one run, got " + maxRuns);
    }
    this.time = time;
    this.maxRuns = maxRuns;
  }

  public Shrinker(Duration time) {
    this(time, Long.MAX_VALUE);
  }

  /** A run that passes: there is nothing to shrink. */
  public static final class PassingRunException extends IllegalArgumentException {
    PassingRunException(String message) {
      super(message);
    }
  }

  /** The run cannot be shrunk: replaying its own choices does not fail the same way. */
  public static final class NotReplayableException extends IllegalStateException {
    NotReplayableException(String message) {
      super(message);
    }
  }

  /**
   * The result of one shrink.
   *
   * @param original the failing run as the seed ran it
   * @param result the case's run, replayed from {@link FailureCase#choices()}
   * @param runs replays the search made
   * @param complete true when the search ran to its end, false when a budget stopped it
   */
  public record Shrunk(FailureCase failureCase, RunResult original, RunResult result, long runs, boolean complete,
      Duration took) {}

  /**
   * Shrinks the run of {@code scenario} for {@code seed} and {@code variant}.
   *
   * @throws PassingRunException if that run passes
   * @throws NotReplayableException if the run does not replay from its own choices (it draws
   *     randomness from somewhere other than {@link io.seedsim.sim.SimRandom}, or is not
   *     deterministic)
   */
  public Shrunk shrink(Scenario scenario, long seed, String variant) {
    long start = System.nanoTime();
    var recorded = ChoiceCapture.record(seed, () -> GuardedRun.execute(scenario, seed, variant));
    RunResult original = recorded.result();
    if (original.passed()) {
      throw new PassingRunException("scenario " + scenario.name() + " passes for seed " + seed + " (variant "
          + variant + "): there is no failure to shrink");
    }
    ShrinkSearch search = new ShrinkSearch(scenario, seed, variant, FailureSignature.of(original.failure()),
        start + time.toNanos(), maxRuns);
    RunSize before = RunSize.of(original, recorded.choices());
    if (!search.start(recorded.choices())) {
      throw new NotReplayableException("scenario " + scenario.name() + " seed " + seed + " does not fail the same way"
          + " when replayed from its own choices, so it cannot be shrunk: does it draw randomness other than"
          + " through SimRandom, or depend on anything but its seed?");
    }
    boolean complete = search.run();
    RunResult result = search.bestResult();
    FailureCase failureCase = new FailureCase(scenario.name(), variant, seed, FailureCase.currentBuild(),
        result.failure(), search.target(), result.traceHash(), before, search.bestSize(), search.best());
    return new Shrunk(failureCase, original, result, search.runs(), complete, Duration.ofNanos(System.nanoTime() - start));
  }

  /**
   * Replays a case: the same run the shrinker found, with the same trace hash. Its artifacts show
   * the case, and its page says it was shrunk.
   *
   * @param caseCommand the command that replays the case (for its page), or null
   */
  public static RunResult replay(Scenario scenario, FailureCase failureCase, String caseCommand) {
    return CaseReplay.run(scenario, failureCase, caseCommand);
  }
}
