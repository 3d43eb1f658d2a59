package io.seedsim.scenarios.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.seedsim.kvstore.DurableKvServer;
import io.seedsim.kvstore.Variant;
import io.seedsim.sim.Address;
import io.seedsim.sim.run.Trace;
import io.seedsim.testkit.RunResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The durable scenario crashes servers that must come back with every acknowledged write. */
class DurableScenarioTest {

  @Test
  void serversCrashRestartAndReplayTheirLogs() {
    LabScenario durable = LabTesting.scenario("durable");
    int replays = 0;
    for (long seed = 0; seed < 10; seed++) {
      var outcome = durable.simulate(seed, Variant.CORRECT, Trace.Mode.FULL);
      assertThat(outcome.failure()).as("seed %d", seed).isNull();
      List<String> lines = outcome.run().sim.trace().lines();
      assertThat(lines).anyMatch(l -> l.contains("\"kind\":\"restart\""));
      assertThat(lines).anyMatch(l -> l.contains("\"kind\":\"disk-fsync\""));
      replays += (int) lines.stream().filter(l -> l.contains("log records")).count();
    }
    assertThat(replays).isGreaterThanOrEqualTo(10);
  }

  @Test
  void aServerRecoversItsLog() {
    LabScenario durable = LabTesting.scenario("durable");
    var run = durable.simulate(1, Variant.CORRECT, Trace.Mode.HASH_ONLY).run();
    long logged = 0;
    for (Address server : run.servers()) {
      DurableKvServer s = run.sim.node(server, DurableKvServer.class);
      logged += s == null ? 0 : s.logLength();
    }
    assertThat(logged).isPositive();
  }

  @Test
  void ackBeforeFsyncIsFoundWithAOneLineReason() {
    LabScenario durable = LabTesting.scenario("durable");
    RunResult failed = null;
    for (long seed = 0; seed < 1_000 && failed == null; seed++) {
      RunResult r = durable.run(seed, Variant.ACK_BEFORE_FSYNC.id());
      failed = r.passed() ? null : r;
    }
    assertThat(failed).isNotNull();
    assertThat(failed.failure()).doesNotContain("\n").startsWith("history not linearizable");
    assertThat(durable.run(failed.seed(), NONE).passed()).isTrue();
  }

  @Test
  void variantsTheDurableServerDoesNotHaveAreRefusedAndAckBeforeFsyncNeedsIt() {
    assertThatThrownBy(() -> LabTesting.scenario("durable").run(0, Variant.NO_DEDUP.id()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ack-before-fsync");
    assertThatThrownBy(() -> LabTesting.scenario("chaos").run(0, Variant.ACK_BEFORE_FSYNC.id()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--scenario durable");
  }

  private static final String NONE = io.seedsim.testkit.Variants.NONE;
}
