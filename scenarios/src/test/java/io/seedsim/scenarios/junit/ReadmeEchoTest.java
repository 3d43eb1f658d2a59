package io.seedsim.scenarios.junit;

import io.seedsim.testkit.SimulationTest;
import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.sim.Address;
import io.seedsim.sim.Message;
import io.seedsim.sim.Node;
import io.seedsim.sim.NodeContext;
import io.seedsim.sim.Promise;
import io.seedsim.sim.RpcTimeoutException;
import io.seedsim.sim.run.DelayModel;
import io.seedsim.sim.run.FaultPlan;
import io.seedsim.sim.run.LinkFaults;
import io.seedsim.sim.run.RunStatus;
import io.seedsim.sim.run.Simulation;
import io.seedsim.sim.run.Trace;
import java.util.ArrayList;
import java.util.List;

/** The example of README's "Test your own system", kept compiling and passing. */
class ReadmeEchoTest {
  record Ping(int n) implements Message {}
  record Pong(int n) implements Message {}

  static final class Echo implements Node {
    @Override
    public Promise<? extends Message> onRequest(NodeContext ctx, Address from, Message request) {
      return Promise.completed(new Pong(((Ping) request).n()));
    }
  }

  @SimulationTest(seeds = 500)
  void everyPingIsAnsweredDespiteLoss(long seed) {
    Address server = Address.of("server", 0);
    Simulation sim = new Simulation(seed, FaultPlan.builder()
        .allLinks(LinkFaults.lossy(0.2, 0.2, DelayModel.exponential(5_000)))   // drop requests/replies 20%, delay in us
        .partition(100_000, 300_000, List.of(List.of(server)))
        .build(), Trace.Mode.HASH_ONLY);
    sim.addNode(server, Echo::new);                  // a factory: a restart rebuilds the node
    List<Integer> answered = new ArrayList<>();
    sim.addNode(Address.of("client", 0), () -> new Node() {
      @Override
      public void onStart(NodeContext ctx) {
        Promise.retry(() -> ctx.call(server, new Ping(1), Pong.class, 50_000),   // timeout in us
                e -> e instanceof RpcTimeoutException,
                () -> ctx.sleep(10_000, "backoff"))
            .whenComplete((pong, e) -> answered.add(pong.n()));
      }
    });
    assertThat(sim.run(10_000_000, 1_000_000)).isEqualTo(RunStatus.QUIESCENT);
    assertThat(answered).containsExactly(1);
  }
}
