package io.seedsim.scenarios.lab;

import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.sim.ChoiceCapture;
import io.seedsim.sim.Choices;
import io.seedsim.testkit.RunResult;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The lab's choice points for the shrinker never make a false counterexample: the reference
 * server passes every run that leaves clients out and skips operations, as a shrunk case runs
 * them, while a seed still runs the whole script (the seeded choices are replayed underneath).
 */
class ShortenedRunsTest {

  private static final long SEED = 3;

  @Test
  void theReferenceServerPassesEveryShortenedStaticShardsRun() {
    passesShortenedShardRuns("static-shards", 40);
  }

  @Test
  void theReferenceServerPassesEveryShortenedRejectionRun() {
    passesShortenedShardRuns("rejection", 30);
  }

  @Test
  void theReferenceServerPassesGenericTestsWithWorkersLeftOut() {
    Random pick = new Random(7); // the test's own choice of scripts, fixed
    for (String name : new String[] {"unreliable", "unreliable-shards"}) {
      Choices seeded = seeded(name);
      long allOperations = replay(name, seeded).operations();
      for (int run = 0; run < 3; run++) {
        boolean[] workers = new boolean[5];
        Choices script = seeded;
        for (int cli = 0; cli < workers.length; cli++) {
          workers[cli] = run == 0 ? cli == 4 : pick.nextBoolean(); // the first run keeps only the last worker
          script = script.with("workload/client-" + cli, new long[] {workers[cli] ? 1 : 0});
        }
        RunResult r = replay(name, script);
        assertThat(r.failure()).as("%s workers %s", name, Arrays.toString(workers)).isNull();
        assertThat(r.operations()).isLessThan(allOperations);
      }
    }
  }

  @Test
  void theReferenceServerPassesGenericTestsWhoseWorkersSkipTheFirstReset() {
    for (String name : new String[] {"basic", "concurrent", "unreliable", "unreliable-shards"}) {
      Choices seeded = seeded(name);
      int workers = name.equals("basic") ? 1 : 5;
      Choices script = seeded;
      for (int cli = 0; cli < workers; cli++) {
        String reset = "node:client-" + cli + "/reset";
        assertThat(seeded.streams()).as(name).contains(reset);
        script = script.with(reset, new long[] {0});
      }
      RunResult r = replay(name, script);
      assertThat(r.failure()).as(name + " with no worker resetting its key in the first iteration").isNull();
      assertThat(r.traceHash()).as(name + ": the choice changes the run").isNotEqualTo(replay(name, seeded).traceHash());
    }
  }

  /**
   * One-shot clients left out (the first runs keep one each, the others a random subset) and the
   * main client's puts and reads skipped at random.
   */
  private static void passesShortenedShardRuns(String name, int runs) {
    Choices seeded = seeded(name);
    assertThat(replay(name, seeded).operations()).isEqualTo(name.equals("rejection") ? 30 : 40);
    Random pick = new Random(42); // the test's own choice of scripts, fixed
    for (int run = 0; run < runs; run++) {
      Choices script = seeded;
      boolean[] oneShots = new boolean[StaticShardsScenario.KEYS];
      for (int i = 0; i < StaticShardsScenario.KEYS; i++) {
        oneShots[i] = run < StaticShardsScenario.KEYS ? i == run : pick.nextBoolean();
        script = script.with("workload/client-" + i, new long[] {oneShots[i] ? 1 : 0});
      }
      long[] main = new long[3 * StaticShardsScenario.KEYS]; // puts, reads, final reads
      for (int i = 0; i < main.length; i++) {
        main[i] = pick.nextInt(4) == 0 ? 0 : 1;
      }
      RunResult r = replay(name, script.with("workload/client-" + StaticShardsScenario.KEYS, main));
      assertThat(r.failure()).as("%s one-shot clients %s, main client %s", name, Arrays.toString(oneShots),
          Arrays.toString(main)).isNull();
      assertThat(r.operations()).isLessThan(name.equals("rejection") ? 30 : 40);
    }
  }

  /** The choices the reference server's run for {@link #SEED} makes. */
  private static Choices seeded(String name) {
    var recorded = ChoiceCapture.record(SEED, () -> LabTesting.scenario(name).run(SEED, "none"));
    assertThat(recorded.result().passed()).isTrue();
    return recorded.choices();
  }

  private static RunResult replay(String name, Choices script) {
    return ChoiceCapture.replay(SEED, script, () -> LabTesting.scenario(name).run(SEED, "none")).result();
  }
}
