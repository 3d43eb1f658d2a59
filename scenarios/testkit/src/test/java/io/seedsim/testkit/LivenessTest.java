package io.seedsim.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.checker.Models;
import io.seedsim.sim.Address;
import io.seedsim.sim.Message;
import io.seedsim.sim.Node;
import io.seedsim.sim.NodeContext;
import io.seedsim.sim.Promise;
import io.seedsim.testkit.client.ClientDriver;
import io.seedsim.testkit.client.Generators;
import io.seedsim.testkit.client.Stop;
import io.seedsim.testkit.client.ThinkTime;
import org.junit.jupiter.api.Test;

class LivenessTest {

  record Read() implements Message {}

  record Value(Long value) implements Message {}

  /** A register server that, in variant "stuck", stops answering after 100 ms and never again. */
  static final class Server implements Node {
    private final boolean stuck;

    Server(boolean stuck) {
      this.stuck = stuck;
    }

    @Override
    public Promise<? extends Message> onRequest(NodeContext ctx, Address from, Message request) {
      return stuck && ctx.nowMicros() > 100_000 ? Promise.pending() : Promise.completed(new Value(null));
    }
  }

  static final class Stuckable extends SystemScenario {
    Stuckable() {
      super("stuckable", "one register server; variant stuck stops answering", Models.byName("register"));
    }

    @Override
    protected void build(SystemRun run) {
      Address server = run.sim().addNode(Address.of("server", 0), () -> new Server(run.variant().equals("stuck")));
      ClientDriver clients = ClientDriver.builder(run.history())
          .clients(2)
          .generator(c -> Generators.read())
          .think(ThinkTime.fixed(10_000))
          .stop(Stop.atMicros(300_000))
          .performer((ctx, op) -> ctx.call(server, new Read(), Value.class, 3_600_000_000L).then(Value::value))
          .build();
      clients.addTo(run.sim());
      clients.done().whenComplete((v, e) -> run.finish());
      run.checkLiveness(200_000, 500_000);
    }
  }

  @Test
  void operationsThatNeverCompleteAfterTheCalmPhaseFailTheRun() {
    RunResult stuck = new Stuckable().run(1, "stuck");

    assertThat(stuck.failure()).isEqualTo(
        "liveness: 2 operations still pending 500 ms after the faults healed at 200000 us: client 0 read(), client 1 read()");
  }

  @Test
  void aSystemThatAnswersPasses() {
    assertThat(new Stuckable().run(1, Variants.NONE).passed()).isTrue();
  }
}
