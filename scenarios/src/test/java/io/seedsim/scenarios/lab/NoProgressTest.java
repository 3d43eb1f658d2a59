package io.seedsim.scenarios.lab;

import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.kvstore.ShardMap;
import io.seedsim.kvstore.Variant;
import io.seedsim.testkit.RunResult;
import io.seedsim.testkit.Variants;
import io.seedsim.sim.run.FaultPlan;
import io.seedsim.sim.run.Trace;
import org.junit.jupiter.api.Test;

/** A run that stops making progress ends at its virtual-time budget and says so in one line. */
class NoProgressTest {

  /** One client whose only server is unreachable: its get retries forever. */
  private static final class UnreachableServer extends LabScenario {
    UnreachableServer() {
      super("unreachable", "a get to a server no client can reach", HistoryCheck.NONE);
    }

    @Override
    FaultPlan faultPlan(long seed) {
      return LabNetwork.reliable();
    }

    @Override
    long budgetMicros() {
      return 3_000_000;
    }

    @Override
    void start(LabRun run) {
      run.startCluster(new ShardMap(1, 1));
      ClientNode node = run.addClient(0);
      run.sim.at(0, () -> {
        run.sim.linkDown(run.clients().get(0), run.servers().get(0));
        run.clerk(node, 0).get("0").whenComplete((v, e) -> run.finish());
      });
    }
  }

  @Test
  void theBudgetEndsTheRunAndTheFailureNamesThePendingOperation() {
    RunResult r = new UnreachableServer().run(1, Variants.NONE);
    assertThat(r.failure()).isEqualTo(
        "livelock or no progress: virtual-time budget of 3.0 s spent with 1 operations pending: client 0 get(\"0\")");
    assertThat(r.virtualMicros()).isEqualTo(3_000_000);
  }

  @Test
  void theFailureIsTheSameOnReplay() {
    LabScenario s = new UnreachableServer();
    assertThat(s.simulate(2, Variant.CORRECT, Trace.Mode.FULL).failure())
        .isEqualTo(s.simulate(2, Variant.CORRECT, Trace.Mode.HASH_ONLY).failure());
  }
}
