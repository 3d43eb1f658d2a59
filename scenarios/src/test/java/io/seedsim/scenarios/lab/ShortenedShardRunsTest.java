package io.seedsim.scenarios.lab;

import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.sim.ChoiceCapture;
import io.seedsim.sim.Choices;
import io.seedsim.testkit.RunResult;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The shard tests' choice points never make a false counterexample: the reference server passes
 * every run in which one-shot clients are left out and the main client skips puts and reads, as a
 * shrunk case would run them; and a seed still runs the whole script.
 */
class ShortenedShardRunsTest {

  private static final int RUNS = 60;

  @Test
  void theReferenceServerPassesEveryShortenedStaticShardsRun() {
    passesShortenedRuns("static-shards");
  }

  @Test
  void theReferenceServerPassesEveryShortenedRejectionRun() {
    passesShortenedRuns("rejection");
  }

  private static void passesShortenedRuns(String name) {
    LabScenario scenario = LabTesting.scenario(name);
    long seed = 3;
    var recorded = ChoiceCapture.record(seed, () -> scenario.run(seed, "none"));
    assertThat(recorded.result().passed()).isTrue();
    assertThat(recorded.result().operations()).isEqualTo(name.equals("rejection") ? 30 : 40);
    Random pick = new Random(42); // the test's own choice of scripts, fixed
    long fewer = 0;
    for (int run = 0; run < RUNS; run++) {
      Choices script = recorded.choices();
      boolean[] oneShots = new boolean[StaticShardsScenario.KEYS];
      for (int i = 0; i < StaticShardsScenario.KEYS; i++) {
        // the first runs leave every one-shot client but one out, the others a random subset
        oneShots[i] = run < StaticShardsScenario.KEYS ? i == run : pick.nextBoolean();
        script = script.with("workload/client-" + i, new long[] {oneShots[i] ? 1 : 0});
      }
      long[] main = new long[3 * StaticShardsScenario.KEYS]; // puts, reads, final reads
      for (int i = 0; i < main.length; i++) {
        main[i] = pick.nextInt(4) == 0 ? 0 : 1;
      }
      script = script.with("workload/client-" + StaticShardsScenario.KEYS, main);
      Choices s = script;
      RunResult r = ChoiceCapture.replay(seed, s, () -> scenario.run(seed, "none")).result();
      assertThat(r.failure()).as("%s one-shot clients %s, main client %s", name, Arrays.toString(oneShots),
          Arrays.toString(main)).isNull();
      fewer += r.operations() < recorded.result().operations() ? 1 : 0;
    }
    assertThat(fewer).isEqualTo(RUNS); // every script did leave something out
  }
}
