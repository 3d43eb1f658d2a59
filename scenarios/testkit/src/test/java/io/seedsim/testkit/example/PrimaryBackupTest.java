package io.seedsim.testkit.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.testkit.RunResult;
import io.seedsim.testkit.Scenario;
import io.seedsim.testkit.SimulationTest;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The testkit on a system that is not the lab: a primary-backup register (Replica), driven by
 * the client driver, judged by the register model, with a nemesis of crashes, partitions and
 * clogged links. The correct register passes; the one that answers writes before replicating them
 * loses acknowledged writes when the nemesis crashes its primary, and only then.
 */
class PrimaryBackupTest {

  private final Scenario pb = new PbScenarios().get().find("pb").orElseThrow();
  private final Scenario calm = new PbScenarios().get().find("pb-calm").orElseThrow();

  @SimulationTest(seeds = 4, scenario = "pb", registry = PbScenarios.class)
  void theCorrectRegisterSurvivesTheNemesis(RunResult result) {
    assertThat(result.events()).isPositive();
  }

  @Test
  void theNemesisFindsTheLostWrite() {
    long found = LongStream.range(0, 12)
        .filter(seed -> !pb.run(seed, PbScenario.ASYNC_REPLICATION).passed())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no seed of 0..11 found the lost write"));
    RunResult failed = pb.run(found, PbScenario.ASYNC_REPLICATION);

    assertThat(failed.failure()).startsWith("history not linearizable: read() -> ");
    assertThat(failed.replayCommand()).isEqualTo("bin/seedsim run --scenario pb --seed " + found + " --variant async-replication");
    // Without faults the same bug hides, and with the bug fixed the same seed passes.
    assertThat(calm.run(found, PbScenario.ASYNC_REPLICATION).passed()).isTrue();
    assertThat(pb.run(found, "none").passed()).isTrue();
  }

  @Test
  void aSeedIsReplayedExactly() {
    RunResult a = pb.run(3, PbScenario.ASYNC_REPLICATION);
    RunResult b = pb.run(3, PbScenario.ASYNC_REPLICATION);

    assertThat(a.traceHash()).isEqualTo(b.traceHash());
    assertThat(a.failure()).isEqualTo(b.failure());
  }
}
