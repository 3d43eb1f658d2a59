package io.seedsim.sim.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.sim.Address;
import io.seedsim.sim.Message;
import io.seedsim.sim.Node;
import io.seedsim.sim.NodeContext;
import io.seedsim.sim.Promise;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnotationTest {

  /** Answers pings, and marks in the trace, if asked to, where it served each one. */
  static final class Server implements Node {
    final boolean annotate;

    Server(boolean annotate) {
      this.annotate = annotate;
    }

    @Override
    public void onStart(NodeContext ctx) {
      ctx.setTimer(5, "tick", () -> {
        if (annotate) {
          ctx.annotate("tick", "on a timer");
        }
      });
    }

    @Override
    public Promise<? extends Message> onRequest(NodeContext ctx, Address from, Message request) {
      Toy.Ping ping = (Toy.Ping) request;
      if (annotate) {
        ctx.annotate("applied", "ping " + ping.n());
      }
      return Promise.completed(new Toy.Pong(ping.n(), 1));
    }
  }

  /** Logs each ping to disk and marks it once synced, and again on a timer the handler set. */
  static final class LoggingServer implements Node {
    @Override
    public Promise<? extends Message> onRequest(NodeContext ctx, Address from, Message request) {
      Toy.Ping ping = (Toy.Ping) request;
      ctx.setTimer(50, "later", () -> ctx.annotate("later", "ping " + ping.n()));
      return ctx.disk().write("log", new byte[] {1}).then(v -> {
        ctx.annotate("applied", "ping " + ping.n() + " once logged");
        return new Toy.Pong(ping.n(), 1);
      });
    }
  }

  private static Simulation run(boolean annotate, Trace.Mode mode) {
    FaultPlan plan = FaultPlan.builder().allLinks(LinkFaults.lossy(0, 0, DelayModel.constant(10))).build();
    Simulation sim = new Simulation(3, plan, mode);
    sim.addNode(Toy.SERVER, () -> new Server(annotate));
    sim.addNode(KernelTest.CLIENT, () -> KernelTest.onStart(ctx -> ctx.call(Toy.SERVER, new Toy.Ping(7), Toy.Pong.class, 1_000)));
    sim.header("annotations", 3, "none");
    sim.run(Long.MAX_VALUE, Long.MAX_VALUE);
    return sim;
  }

  @Test
  void anAnnotationNamesTheMessageWhoseHandlerWroteItAndNoneOnATimer() {
    List<String> lines = run(true, Trace.Mode.FULL).trace().lines();

    assertThat(lines).filteredOn(l -> l.contains("\"kind\":\"annotation\"")).containsExactly(
        "{\"t\":5,\"kind\":\"annotation\",\"node\":\"server-0\",\"label\":\"tick\",\"text\":\"on a timer\"}",
        "{\"t\":10,\"kind\":\"annotation\",\"node\":\"server-0\",\"label\":\"applied\",\"text\":\"ping 7\",\"handling\":1}");
    assertThat(lines).contains("{\"t\":10,\"kind\":\"deliver\",\"id\":1,\"from\":\"client-0\",\"to\":\"server-0\","
        + "\"msg\":\"Ping[n=7]\",\"call\":1}");
  }

  @Test
  void workAHandlerStartedIsMarkedAsItsMessagesWhenItFinishesOnADiskOrATimer() {
    FaultPlan plan = FaultPlan.builder().allLinks(LinkFaults.lossy(0, 0, DelayModel.constant(10))).build();
    Simulation sim = new Simulation(3, plan, Trace.Mode.FULL);
    sim.addNode(Toy.SERVER, LoggingServer::new);
    sim.addNode(KernelTest.CLIENT, () -> KernelTest.onStart(ctx -> ctx.call(Toy.SERVER, new Toy.Ping(7), Toy.Pong.class, 1_000)));
    sim.header("annotations", 3, "none");
    sim.run(Long.MAX_VALUE, Long.MAX_VALUE);

    assertThat(sim.trace().lines()).filteredOn(l -> l.contains("\"kind\":\"annotation\""))
        .hasSize(2)
        .allMatch(l -> l.endsWith(",\"handling\":1}"), "names the ping's delivery (id 1)")
        .anyMatch(l -> l.contains("\"text\":\"ping 7 once logged\""))
        .anyMatch(l -> l.contains("\"label\":\"later\""));
  }

  @Test
  void aSweepNeverMakesTheTextOfAnAnnotation() {
    int[] made = new int[1];
    for (Trace.Mode mode : List.of(Trace.Mode.HASH_ONLY, Trace.Mode.FULL)) {
      FaultPlan plan = FaultPlan.builder().allLinks(LinkFaults.lossy(0, 0, DelayModel.constant(10))).build();
      Simulation sim = new Simulation(3, plan, mode);
      sim.addNode(Toy.SERVER, () -> new Node() {
        @Override
        public Promise<? extends Message> onRequest(NodeContext ctx, Address from, Message request) {
          ctx.annotate("applied", () -> "ping " + ++made[0]);
          return Promise.completed(new Toy.Pong(((Toy.Ping) request).n(), 1));
        }
      });
      sim.addNode(KernelTest.CLIENT, () -> KernelTest.onStart(ctx -> ctx.call(Toy.SERVER, new Toy.Ping(7), Toy.Pong.class, 1_000)));
      sim.run(Long.MAX_VALUE, Long.MAX_VALUE);
      assertThat(made[0]).as("texts made in %s", mode).isEqualTo(mode == Trace.Mode.FULL ? 1 : 0);
    }
  }

  @Test
  void annotationsStayOutOfTheHashSoAddingThemKeepsARunsIdentity() {
    Simulation with = run(true, Trace.Mode.FULL);
    Simulation without = run(false, Trace.Mode.FULL);
    Simulation sweep = run(true, Trace.Mode.HASH_ONLY);

    assertThat(with.trace().hash()).isEqualTo(without.trace().hash()).isEqualTo(sweep.trace().hash());
    assertThat(with.trace().size()).isEqualTo(without.trace().size() + 2).isEqualTo(sweep.trace().size());
    assertThat(with.trace().lines()).hasSize((int) with.trace().size());
  }
}
