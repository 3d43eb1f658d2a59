package io.seedsim.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The shrinker on a user's own scenario, built on the kernel and knowing nothing of shrinking. */
class ShrinkerTest {

  static final Shrinker BOUNDED = new Shrinker(Duration.ofMinutes(5), 400);

  static long firstFailingSeed(Scenario scenario) {
    return LongStream.range(0, 200).filter(s -> !scenario.run(s, "no-dedup").passed()).findFirst().orElseThrow();
  }

  @Test
  void aFailingRunShrinksToASmallerCaseThatFailsTheSameWayAndReplaysExactly() {
    Scenario scenario = new CounterScenario("check");
    long seed = firstFailingSeed(scenario);
    Shrinker.Shrunk shrunk = BOUNDED.shrink(scenario, seed, "no-dedup");
    FailureCase c = shrunk.failureCase();

    assertThat(c.after().events()).isLessThan(c.before().events() / 3);
    assertThat(c.after().operations()).isLessThan(c.before().operations());
    assertThat(c.signature()).isEqualTo(FailureSignature.of(shrunk.original().failure()));
    RunResult replayed = Shrinker.replay(scenario, c, null);
    assertThat(replayed.failure()).isEqualTo(c.failure());
    assertThat(replayed.traceHash()).isEqualTo(c.traceHash()).isEqualTo(shrunk.result().traceHash());
    assertThat(replayed.events()).isEqualTo(c.after().events());
  }

  @Test
  void shrinkingIsDeterministic() {
    Scenario scenario = new CounterScenario("check");
    long seed = firstFailingSeed(scenario);
    Shrinker small = new Shrinker(Duration.ofMinutes(5), 60);
    String first = CaseFile.toJson(small.shrink(scenario, seed, "no-dedup").failureCase());
    String second = CaseFile.toJson(small.shrink(scenario, seed, "no-dedup").failureCase());
    assertThat(second).isEqualTo(first);
  }

  @Test
  void aCaseNeverFailsDifferentlyFromItsOriginal() {
    // Here the simplest runs (fewest increments) fail too, but as "no progress": the shrinker
    // must not take them for the wrong count it was given.
    Scenario scenario = new CounterScenario("stuck");
    long seed = firstFailingSeed(scenario);
    assertThat(FailureSignature.of(scenario.run(seed, "no-dedup").failure()).kind())
        .isEqualTo(FailureSignature.Kind.CLIENT_CHECK);
    var empty = io.seedsim.sim.ChoiceCapture.replay(seed, io.seedsim.sim.Choices.of(java.util.Map.of()),
        () -> scenario.run(seed, "no-dedup"));
    assertThat(empty.result().failure()).startsWith("no progress"); // the trap is real

    Shrinker.Shrunk shrunk = BOUNDED.shrink(scenario, seed, "no-dedup");
    assertThat(shrunk.failureCase().failure()).startsWith("counter is ");
    assertThat(shrunk.failureCase().signature().kind()).isEqualTo(FailureSignature.Kind.CLIENT_CHECK);
  }

  @Test
  void aPassingRunIsRefused() {
    Scenario scenario = new CounterScenario("check");
    assertThatThrownBy(() -> BOUNDED.shrink(scenario, 0, "none"))
        .isInstanceOf(Shrinker.PassingRunException.class)
        .hasMessage("scenario counter passes for seed 0 (variant none): there is no failure to shrink");
  }

  @Test
  void aCaseFileReadsBackAsTheSameCase() throws Exception {
    Scenario scenario = new CounterScenario("check");
    FailureCase c = new Shrinker(Duration.ofMinutes(5), 30).shrink(scenario, firstFailingSeed(scenario), "no-dedup")
        .failureCase();
    java.nio.file.Path file = java.nio.file.Files.createTempFile("case", ".json");
    try {
      CaseFile.write(c, file);
      assertThat(CaseFile.read(file)).isEqualTo(c);
    } finally {
      java.nio.file.Files.delete(file);
    }
  }
}
