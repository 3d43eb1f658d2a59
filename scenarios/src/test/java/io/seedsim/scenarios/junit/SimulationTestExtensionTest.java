package io.seedsim.scenarios.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.testkit.RunResult;
import io.seedsim.testkit.ScenarioRegistry;
import io.seedsim.testkit.SimulationTest;
import io.seedsim.scenarios.testing.FakeRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class SimulationTestExtensionTest {

  @Test
  void runsTheMethodOncePerSeedAsTestsNamedWithTheSeed() {
    FixtureRun run = FixtureRun.of(OwnCode.class, Map.of());

    assertThat(run.names())
        .containsExactlyElementsOf(
            LongStream.rangeClosed(1, 20).mapToObj(s -> "seed " + s).toList());
    assertThat(run.failures())
        .extracting(FixtureRun.Finished::name)
        .containsExactly("seed 7", "seed 14");
    assertThat(run.failures().get(0).message())
        .startsWith("seed 7: ")
        .endsWith(
            "\nreplay: mvn test -pl scenarios -am -Dsurefire.failIfNoSpecifiedTests=false"
                + " '-Dtest=SimulationTestExtensionTest$OwnCode#noSeedIsAMultipleOfSeven'"
                + " -Dseedsim.seed=7");
  }

  @Test
  void seedsimSeedRunsExactlyOneSeed() {
    FixtureRun run = FixtureRun.of(OwnCode.class, Map.of("seedsim.seed", "14"));

    assertThat(run.names()).containsExactly("seed 14");
    assertThat(run.failures()).hasSize(1);
  }

  @Test
  void seedsimSeedsReplacesTheAnnotationsRange() {
    FixtureRun run = FixtureRun.of(OwnCode.class, Map.of("seedsim.seeds", "98..105"));

    assertThat(run.names())
        .containsExactlyElementsOf(
            LongStream.rangeClosed(98, 105).mapToObj(s -> "seed " + s).toList());
    assertThat(run.failures())
        .extracting(FixtureRun.Finished::name)
        .containsExactly("seed 98", "seed 105");
  }

  @Test
  void aBadSeedRangeFailsTheTestWithOneClearMessage() {
    FixtureRun run = FixtureRun.of(OwnCode.class, Map.of("seedsim.seeds", "5..2"));

    assertThat(run.tests()).isEmpty();
    assertThat(run.containers())
        .filteredOn(FixtureRun.Finished::failed)
        .extracting(FixtureRun.Finished::message)
        .containsExactly("seedsim.seeds=5..2: the range is empty (5 > 2)");
  }

  @Test
  void aNamedScenarioRunsPerSeedAndItsFailuresGiveBothReplayCommands() {
    FixtureRun run = FixtureRun.of(BuiltInStyle.class, Map.of());

    assertThat(run.tests()).hasSize(10);
    assertThat(run.failures())
        .extracting(FixtureRun.Finished::name)
        .containsExactly("seed 0", "seed 3", "seed 6", "seed 7", "seed 9");
    assertThat(run.failures().get(1).message())
        .startsWith("seed 3: scenario sevens failed: the buggy variant lost an append (trace ")
        .endsWith(
            "\n"
                + "replay: mvn test -pl scenarios -am -Dsurefire.failIfNoSpecifiedTests=false"
                + " '-Dtest=SimulationTestExtensionTest$BuiltInStyle#passes' -Dseedsim.seed=3\n"
                + "   or: bin/seedsim run --scenario sevens --seed 3 --variant buggy");
    assertThat(BuiltInStyle.seen)
        .containsExactlyElementsOf(LongStream.range(0, 10).boxed().toList());
  }

  @Test
  void anUnknownScenarioIsAConfigurationError() {
    FixtureRun run = FixtureRun.of(UnknownScenario.class, Map.of());

    assertThat(run.containers())
        .filteredOn(FixtureRun.Finished::failed)
        .extracting(FixtureRun.Finished::message)
        .containsExactly("@SimulationTest(scenario = \"nope\"): unknown scenario");
  }

  // Fixtures: run only through FixtureRun (Maven does not pick up nested classes).

  static class OwnCode {
    @SimulationTest(seeds = 20, firstSeed = 1)
    void noSeedIsAMultipleOfSeven(long seed) {
      assertThat(seed % 7).as("seed mod 7").isNotZero();
    }
  }

  static class BuiltInStyle {
    static final List<Long> seen = new CopyOnWriteArrayList<>();

    @SimulationTest(seeds = 10, scenario = "sevens", variant = "buggy", registry = Fakes.class)
    void passes(RunResult run, long seed) {
      assertThat(run.seed()).isEqualTo(seed);
      seen.add(seed);
    }
  }

  static class UnknownScenario {
    @SimulationTest(scenario = "nope", registry = Fakes.class)
    void never(long seed) {}
  }

  /** The fake scenarios, in place of the built-in ones. */
  public static final class Fakes implements Supplier<ScenarioRegistry> {
    @Override
    public ScenarioRegistry get() {
      return FakeRegistry.standard();
    }
  }
}
