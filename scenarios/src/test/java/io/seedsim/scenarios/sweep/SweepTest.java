package io.seedsim.scenarios.sweep;

import io.seedsim.testkit.SeedRange;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.seedsim.testkit.Scenario;
import io.seedsim.scenarios.testing.FakeScenario;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SweepTest {

  @Test
  void runsEverySeedOfEveryScenarioAndSortsTheOutcomes() {
    SweepPlan plan =
        plan(List.of(FakeScenario.failsOnSevens("b"), FakeScenario.passing("a")), "0..49", 4);

    SweepSummary summary = new Sweep(plan).run();

    assertThat(summary.stopReason()).isEqualTo(StopReason.COMPLETED);
    assertThat(summary.outcomes())
        .extracting(o -> o.scenario() + ":" + o.seed())
        .containsExactlyElementsOf(
            Stream.concat(
                    range(0, 49).stream().map(s -> "a:" + s),
                    range(0, 49).stream().map(s -> "b:" + s))
                .toList());
    assertThat(summary.failures())
        .extracting(RunOutcome::seed)
        .containsExactly(0L, 7L, 14L, 21L, 28L, 35L, 42L, 49L);
    assertThat(summary.failureUpperBound95()).isEmpty();
  }

  @Test
  void withoutFailuresTheSummaryBoundsTheFailureProbability() {
    SweepSummary summary = new Sweep(plan(List.of(FakeScenario.passing("a")), "1..100", 2)).run();

    assertThat(summary.runs()).isEqualTo(100);
    // One-sided 95% Clopper-Pearson with 0 failures in n runs: 1 - 0.05^(1/n), about 3/n.
    assertThat(summary.failureUpperBound95().getAsDouble())
        .isCloseTo(1 - Math.pow(0.05, 1 / 100.0), within(1e-9));
  }

  @Test
  void aScenarioThatThrowsLoopsOrReturnsNothingIsAFailureNotACrash() {
    Scenario unruly =
        new FakeScenario(
            "unruly",
            (seed, variant) ->
                switch ((int) seed) {
                  case 1 -> throw new IllegalStateException("boom");
                  case 2 -> String.valueOf(recurse(0));
                  case 3 -> throw new AssertionError("two\nlines");
                  case 4 -> eventBudget(10_000);
                  case 5 -> "first line\n  second line";
                  default -> null;
                });
    SweepSummary summary = new Sweep(plan(List.of(unruly), "0..6", 2)).run();

    assertThat(summary.runs()).isEqualTo(7);
    assertThat(summary.failures())
        .extracting(RunOutcome::seed, RunOutcome::failure)
        .containsExactly(
            tuple(1L, "threw IllegalStateException: boom"),
            tuple(2L, "threw StackOverflowError"),
            tuple(3L, "threw AssertionError: two | lines"),
            tuple(4L, "livelock or no progress: 10000 events and no operation completed"),
            tuple(5L, "first line | second line"));
  }

  @Test
  void maxFailuresStopsStartingRunsWithOneWorkerExactlyAtTheMthFailure() {
    SweepPlan plan = plan(List.of(FakeScenario.failsOnSevens("s")), "0..99", 1).withMaxFailures(3);

    SweepSummary summary = new Sweep(plan).run();

    assertThat(summary.stopReason()).isEqualTo(StopReason.MAX_FAILURES);
    assertThat(summary.outcomes())
        .extracting(RunOutcome::seed)
        .containsExactlyElementsOf(range(0, 14));
    assertThat(summary.failed()).isEqualTo(3);
  }

  @Test
  void maxFailuresWithSeveralWorkersKeepsTheFinishedRunsAndCountsThem() {
    SweepPlan plan = plan(List.of(FakeScenario.failsOnSevens("s")), "0..699", 4).withMaxFailures(2);

    SweepSummary summary = new Sweep(plan).run();

    assertThat(summary.stopReason()).isEqualTo(StopReason.MAX_FAILURES);
    assertThat(summary.failed()).isBetween(2L, 5L); // runs in flight at the second failure finish
    assertThat(summary.runs()).isLessThan(700);
    assertThat(summary.failures()).allSatisfy(f -> assertThat(f.seed() % 7).isZero());
  }

  @Test
  void cancelReturnsTheSummaryOfFinishedRunsWithoutWaitingForTheRunInFlight() {
    AtomicReference<Sweep> sweep = new AtomicReference<>();
    CountDownLatch never = new CountDownLatch(1);
    Scenario slow =
        new FakeScenario(
            "slow",
            (seed, variant) -> {
              if (seed == 9) {
                sweep.get().cancel(); // what the Ctrl-C hook calls
                await(never); // a run that would never end on its own
              }
              return seed % 7 == 0 ? "divisible by 7" : null;
            });
    sweep.set(new Sweep(plan(List.of(slow), "0..99", 1)));

    SweepSummary summary = sweep.get().run();

    assertThat(summary.stopReason()).isEqualTo(StopReason.INTERRUPTED);
    assertThat(summary.outcomes())
        .extracting(RunOutcome::seed)
        .containsExactlyElementsOf(range(0, 8));
    assertThat(summary.failures()).extracting(RunOutcome::seed).containsExactly(0L, 7L);
    assertThat(sweep.get().status().runsDone()).isEqualTo(9);
  }

  @Test
  void aShardedPlanRunsOnlyItsSeeds() {
    SweepPlan plan =
        new SweepPlan(
            "a",
            List.of(FakeScenario.passing("a")),
            "none",
            SeedRange.parse("0..20"),
            new Shard(2, 3),
            3,
            Long.MAX_VALUE);

    SweepSummary summary = new Sweep(plan).run();

    assertThat(summary.outcomes())
        .extracting(RunOutcome::seed)
        .containsExactly(2L, 5L, 8L, 11L, 14L, 17L, 20L);
  }

  static SweepPlan plan(List<Scenario> scenarios, String seeds, int jobs) {
    return new SweepPlan(
        scenarios.size() == 1 ? scenarios.get(0).name() : "all",
        scenarios,
        "none",
        SeedRange.parse(seeds),
        Shard.ALL,
        jobs,
        Long.MAX_VALUE);
  }

  private static List<Long> range(long first, long last) {
    return LongStream.rangeClosed(first, last).boxed().toList();
  }

  private static int recurse(int depth) {
    return recurse(depth + 1) + 1;
  }

  /** A stand-in for a scenario's own budget: it gives up instead of spinning forever. */
  private static String eventBudget(long budget) {
    long events = 0;
    while (events < budget) {
      events++; // nothing completes: a livelock
    }
    return "livelock or no progress: " + events + " events and no operation completed";
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("abandoned");
    }
  }
}
