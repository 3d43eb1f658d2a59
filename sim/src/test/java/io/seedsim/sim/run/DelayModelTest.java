package io.seedsim.sim.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.sim.ChoiceCapture;
import io.seedsim.sim.Choices;
import io.seedsim.sim.SimRandom;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every delay model maps one uniform draw monotonically: draw 0 is the shortest delay. */
class DelayModelTest {

  static final List<DelayModel> MODELS = List.of(
      DelayModel.uniform(100, 5_000), DelayModel.exponential(3_000), DelayModel.longTail(500, 1.5, 200_000));

  static long delayFor(DelayModel model, long outcome) {
    Choices script = Choices.of(Map.of("d", new long[] {outcome}));
    return ChoiceCapture.replay(0, script, () -> model.bind(new SimRandom(0).fork("d")).nextMicros()).result();
  }

  @Test
  void theSimplestDrawIsTheShortestDelayAndLowerDrawsNeverLonger() {
    assertThat(delayFor(MODELS.get(0), 0)).isEqualTo(100);
    assertThat(delayFor(MODELS.get(1), 0)).isEqualTo(0);
    assertThat(delayFor(MODELS.get(2), 0)).isEqualTo(500);
    for (DelayModel model : MODELS) {
      long previous = -1;
      for (long outcome = 0; outcome < (1L << 53); outcome += (1L << 53) / 64) {
        long d = delayFor(model, outcome);
        assertThat(d).as("%s at %d", model, outcome).isGreaterThanOrEqualTo(previous);
        previous = d;
      }
    }
  }

  @Test
  void eachDelayIsOneChoice() {
    for (DelayModel model : MODELS) {
      var captured = ChoiceCapture.record(0, () -> {
        DelayModel.Sampler s = model.bind(new SimRandom(0).fork("d"));
        for (int i = 0; i < 10; i++) {
          s.nextMicros();
        }
        return null;
      });
      assertThat(captured.choices().outcomes("d")).as("%s", model).hasSize(10);
    }
  }

  @Test
  void meansAreAsConfigured() {
    DelayModel.Sampler s = DelayModel.exponential(3_000).bind(new SimRandom(9));
    long sum = 0;
    for (int i = 0; i < 20_000; i++) {
      sum += s.nextMicros();
    }
    assertThat(sum / 20_000.0).isBetween(2_900.0, 3_100.0);
  }
}
