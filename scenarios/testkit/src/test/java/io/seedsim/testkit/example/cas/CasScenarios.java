package io.seedsim.testkit.example.cas;

import io.seedsim.checker.Models;
import io.seedsim.sim.run.DelayModel;
import io.seedsim.sim.run.FaultPlan;
import io.seedsim.sim.run.LinkFaults;
import io.seedsim.testkit.ScenarioRegistry;
import io.seedsim.testkit.SystemRun;
import io.seedsim.testkit.SystemScenario;
import io.seedsim.testkit.client.ClientDriver;
import io.seedsim.testkit.client.Generators;
import io.seedsim.testkit.client.Stop;
import io.seedsim.testkit.client.ThinkTime;
import java.util.List;
import java.util.function.Supplier;

/**
 * The cas register's scenario and its buggy variant: three clients read, write and cas values
 * 0..4 for 0.5 s over a network that loses one message in ten, so clients retry, then calm.
 */
public final class CasScenarios implements Supplier<ScenarioRegistry> {

  static final String NO_DEDUP = "no-dedup";
  static final int CLIENTS = 3;
  static final long FAULT_MICROS = 500_000;

  @Override
  public ScenarioRegistry get() {
    return new ScenarioRegistry(List.of(new CasScenario()),
        List.of(new ScenarioRegistry.VariantInfo(NO_DEDUP, "the server executes a retried request again")));
  }

  static final class CasScenario extends SystemScenario {
    CasScenario() {
      super("cas", "one cas register server, 3 clients, lossy network", Models.byName("cas-register"));
    }

    @Override
    protected FaultPlan faultPlan(long seed, String variant) {
      return FaultPlan.builder()
          .allLinks(LinkFaults.lossy(0.1, 0.1, DelayModel.uniform(100, 3_000)))
          .calmFrom(FAULT_MICROS)
          .build();
    }

    @Override
    protected void build(SystemRun run) {
      boolean dedup = !run.variant().equals(NO_DEDUP);
      run.sim().addNode(CasServer.ADDRESS, () -> new CasServer(dedup));
      ClientDriver clients = ClientDriver.builder(run.history())
          .clients(CLIENTS)
          .generator(client -> Generators.casRegister(5))
          .think(ThinkTime.uniform(0, 2_000))
          .stop(Stop.atMicros(FAULT_MICROS + 100_000))
          .performer(new CasClient(CLIENTS))
          .build();
      clients.addTo(run.sim());
      clients.done().whenComplete((v, e) -> run.finish());
      run.checkLiveness(FAULT_MICROS, 500_000);
    }
  }
}
