package io.seedsim.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChoiceCaptureTest {

  /** Draws of every kind from two streams, as a scenario would. */
  static List<Object> draws(long seed) {
    SimRandom root = new SimRandom(seed);
    SimRandom a = root.fork("workload").fork("client-0");
    SimRandom b = root.fork("network");
    List<Object> out = new ArrayList<>();
    List<Integer> items = new ArrayList<>(List.of(1, 2, 3, 4, 5));
    a.shuffle(items);
    out.add(items);
    out.add(a.intInclusive(3, 9));
    out.add(b.chance(0.5));
    out.add(b.nextDouble());
    out.add(a.pick(List.of("x", "y", "z")));
    out.add(b.nextLong());
    out.add(a.proceed());
    out.add(b.chance(1.0));
    out.add(b.chance(0.0));
    return out;
  }

  @Test
  void recordingChangesNoDrawAndReplayingTheRecordingRepeatsTheRun() {
    var recorded = ChoiceCapture.record(5, () -> draws(5));
    assertThat(recorded.result()).isEqualTo(draws(5));
    assertThat(recorded.choices().streams()).containsExactly("network", "workload/client-0");
    // chance(1) and chance(0) are not choices: 4 swaps + 1 range + 1 pick + 1 proceed; 3 network.
    assertThat(recorded.choices().outcomes("workload/client-0")).hasSize(7);
    assertThat(recorded.choices().outcomes("network")).hasSize(3);

    var replayed = ChoiceCapture.replay(5, recorded.choices(), () -> draws(5));
    assertThat(replayed.result()).isEqualTo(recorded.result());
    assertThat(replayed.choices()).isEqualTo(recorded.choices());
  }

  @Test
  void anEmptyScriptMakesEveryChoiceTheSimplest() {
    var replayed = ChoiceCapture.replay(5, Choices.of(Map.of()), () -> draws(5));
    assertThat(replayed.result())
        .containsExactly(List.of(1, 2, 3, 4, 5), 3, false, 0.0, "x", 0L, false, true, false);
  }

  @Test
  void outcomesAreClampedIntoEachDrawsRange() {
    Choices script = Choices.of(Map.of("workload/client-0", new long[] {99, 99, 99, 99, 99, 99, 5, 7}));
    var replayed = ChoiceCapture.replay(5, script, () -> draws(5));
    // every swap reaches back to the first item, the range and the pick take their highest values
    assertThat(replayed.result().subList(0, 2)).containsExactly(List.of(2, 3, 4, 5, 1), 9);
    assertThat(replayed.result().get(4)).isEqualTo("z");
    assertThat(replayed.result().get(6)).isEqualTo(true);
    assertThat(replayed.choices().outcomes("workload/client-0")).containsExactly(4, 3, 2, 1, 6, 2, 1);
  }

  @Test
  void streamsWithOnePathReadTheScriptFromItsStartAndOtherSeedsAreNamed() {
    var captured = ChoiceCapture.replay(1, Choices.of(Map.of("faults", new long[] {4, 2})), () -> List.of(
        new SimRandom(1).fork("faults").nextInt(10), new SimRandom(1).fork("faults").nextInt(10),
        new SimRandom(2).fork("faults").nextInt(10)));
    assertThat(captured.result()).containsExactly(4, 4, 0);
    assertThat(captured.choices().streams()).containsExactly("faults", "seed 2/faults");
  }

  @Test
  void outsideACaptureNothingIsRecordedAndProceedAlwaysGoesOn() {
    SimRandom r = new SimRandom(3);
    for (int i = 0; i < 100; i++) {
      assertThat(r.proceed()).isTrue();
    }
    assertThat(r.nextLong()).isEqualTo(new SimRandom(3).nextLong());
  }

  @Test
  void trimmingDropsTrailingZerosAndEmptyStreams() {
    Choices c = Choices.of(Map.of("a", new long[] {0, 3, 0, 0}, "b", new long[] {0, 0}));
    assertThat(c.trimmed()).isEqualTo(Choices.of(Map.of("a", new long[] {0, 3})));
    assertThat(c.count()).isEqualTo(6);
    assertThat(c.nonZero()).isEqualTo(1);
  }
}
