package io.seedsim.sim.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.seedsim.sim.Address;
import io.seedsim.sim.Message;
import io.seedsim.sim.Node;
import io.seedsim.sim.NodeContext;
import io.seedsim.sim.Promise;
import io.seedsim.sim.RpcTimeoutException;
import io.seedsim.sim.TimerHandle;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KernelTest {

  static final Address CLIENT = Address.of("client", 0);

  /** A client whose whole behaviour is one start action. */
  static Node onStart(java.util.function.Consumer<NodeContext> action) {
    return new Node() {
      @Override
      public void onStart(NodeContext ctx) {
        action.accept(ctx);
      }
    };
  }

  @Test
  void eventsAtTheSameTimeRunInInsertionOrder() {
    Simulation sim = new Simulation(1, FaultPlan.NONE, Trace.Mode.HASH_ONLY);
    List<String> order = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      int n = i;
      sim.at(100, () -> order.add("a" + n));
    }
    sim.at(50, () -> order.add("early"));
    sim.run(Long.MAX_VALUE, Long.MAX_VALUE);
    assertThat(order).containsExactly("early", "a0", "a1", "a2", "a3", "a4");
    assertThat(sim.nowMicros()).isEqualTo(100);
  }

  @Test
  void rpcCompletesWithReplyAfterNetworkDelay() {
    FaultPlan plan = FaultPlan.builder().allLinks(LinkFaults.lossy(0, 0, DelayModel.constant(1_000))).build();
    Simulation sim = new Simulation(1, plan, Trace.Mode.FULL);
    sim.addNode(Toy.SERVER, Toy.Counter::new);
    List<Long> repliedAt = new ArrayList<>();
    sim.addNode(CLIENT, () -> onStart(ctx -> ctx.call(Toy.SERVER, new Toy.Ping(1), Toy.Pong.class, 10_000)
        .whenComplete((pong, e) -> repliedAt.add(ctx.nowMicros()))));
    sim.run(Long.MAX_VALUE, Long.MAX_VALUE);
    assertThat(repliedAt).containsExactly(2_000L);
  }

  @Test
  void rpcTimesOutWhenTheReplyIsLostAndLateRepliesAreIgnored() {
    FaultPlan plan = FaultPlan.builder()
        .links("replies", LinkSelector.between("server", "client"), LinkFaults.lossy(0, 1.0, DelayModel.NONE))
        .build();
    Simulation sim = new Simulation(1, plan, Trace.Mode.FULL);
    sim.addNode(Toy.SERVER, Toy.Counter::new);
    List<Throwable> errors = new ArrayList<>();
    sim.addNode(CLIENT, () -> onStart(ctx -> ctx.call(Toy.SERVER, new Toy.Ping(1), Toy.Pong.class, 10_000)
        .whenComplete((pong, e) -> errors.add(e))));
    sim.run(Long.MAX_VALUE, Long.MAX_VALUE);
    assertThat(errors).singleElement().isInstanceOf(RpcTimeoutException.class);
    assertThat(sim.nowMicros()).isEqualTo(10_000);
    // The server did execute the request: exactly the case exactly-once must handle.
    assertThat(sim.node(Toy.SERVER, Toy.Counter.class).served).isEqualTo(1);
  }

  @Test
  void cancelledTimerNeverFires() {
    Simulation sim = new Simulation(1, FaultPlan.NONE, Trace.Mode.FULL);
    List<String> fired = new ArrayList<>();
    sim.addNode(CLIENT, () -> onStart(ctx -> {
      TimerHandle t = ctx.setTimer(100, "cancelled", () -> fired.add("cancelled"));
      ctx.setTimer(50, "canceller", () -> ctx.cancel(t));
      ctx.setTimer(200, "kept", () -> fired.add("kept"));
    }));
    sim.run(Long.MAX_VALUE, Long.MAX_VALUE);
    assertThat(fired).containsExactly("kept");
    assertThat(sim.trace().lines()).anyMatch(l -> l.contains("\"kind\":\"timer-cancel\""));
  }

  @Test
  void timersOfACrashedIncarnationNeverFire() {
    Simulation sim = new Simulation(1, FaultPlan.NONE, Trace.Mode.HASH_ONLY);
    List<Long> fired = new ArrayList<>();
    sim.addNode(CLIENT, () -> onStart(ctx -> ctx.setTimer(1_000, "t", () -> fired.add(ctx.nowMicros()))));
    sim.at(500, () -> sim.crash(CLIENT));
    sim.at(600, () -> sim.restart(CLIENT));
    sim.run(Long.MAX_VALUE, Long.MAX_VALUE);
    assertThat(fired).containsExactly(1_600L); // only the restarted incarnation's timer
  }

  @Test
  void budgetsStopARunThatNeverEnds() {
    Simulation sim = new Simulation(1, FaultPlan.NONE, Trace.Mode.HASH_ONLY);
    sim.addNode(CLIENT, () -> new Node() {
      @Override
      public void onStart(NodeContext ctx) {
        ctx.setTimer(10, "forever", () -> onStart(ctx));
      }
    });
    assertThat(sim.run(1_000, Long.MAX_VALUE)).isEqualTo(RunStatus.TIME_BUDGET_SPENT);
    assertThat(sim.nowMicros()).isEqualTo(1_000);
    assertThat(sim.run(Long.MAX_VALUE, 500)).isEqualTo(RunStatus.EVENT_BUDGET_SPENT);
    sim.after(0, sim::stop);
    assertThat(sim.run(Long.MAX_VALUE, Long.MAX_VALUE)).isEqualTo(RunStatus.STOPPED);
  }

  @Test
  void aThrowingHandlerEndsTheRunNamingNodeAndTime() {
    Simulation sim = new Simulation(1, FaultPlan.NONE, Trace.Mode.HASH_ONLY);
    sim.addNode(CLIENT, () -> onStart(ctx -> ctx.setTimer(250, "check", () -> {
      throw new AssertionError("read 'x' but last saw 'y'");
    })));
    assertThatThrownBy(() -> sim.run(Long.MAX_VALUE, Long.MAX_VALUE))
        .isInstanceOf(SimulationFailure.class)
        .hasMessage("at 250 us on client-0: check failed: read 'x' but last saw 'y'");
  }

  @Test
  void unhandledMessageTypeIsAFailureNotALog() {
    Simulation sim = new Simulation(1, FaultPlan.NONE, Trace.Mode.HASH_ONLY);
    sim.addNode(Toy.SERVER, () -> new Node() {});
    sim.addNode(CLIENT, () -> onStart(ctx -> ctx.send(Toy.SERVER, new Toy.Note("hi"))));
    assertThatThrownBy(() -> sim.run(Long.MAX_VALUE, Long.MAX_VALUE))
        .hasMessageContaining("server-0 has no handler for Note");
  }

  @Test
  void badConfigurationFailsFastNamingTheValue() {
    assertThatThrownBy(() -> DelayModel.constant(-5)).hasMessageContaining("-5");
    assertThatThrownBy(() -> DelayModel.uniform(10, 5)).hasMessageContaining("10").hasMessageContaining("5");
    assertThatThrownBy(() -> LinkFaults.lossy(1.2, 0, DelayModel.NONE))
        .hasMessage("requestDropProbability must be a probability in [0, 1], got 1.2");
    assertThatThrownBy(() -> LinkFaults.lossy(0, -0.1, DelayModel.NONE)).hasMessageContaining("-0.1");
    assertThatThrownBy(() -> LinkFaults.lossy(0, Double.NaN, DelayModel.NONE)).hasMessageContaining("NaN");
    assertThatThrownBy(() -> FaultPlan.builder().partition(500, 100, List.of())).hasMessageContaining("100");

    Simulation sim = new Simulation(1, FaultPlan.NONE, Trace.Mode.HASH_ONLY);
    assertThatThrownBy(() -> sim.crash(Address.of("ghost", 3))).hasMessage("unknown node address ghost-3");
    sim.addNode(CLIENT, () -> onStart(ctx -> ctx.send(Address.of("ghost", 1), new Toy.Note("boo"))));
    assertThatThrownBy(() -> sim.run(Long.MAX_VALUE, Long.MAX_VALUE)).hasMessageContaining("unknown node address ghost-1");

    Simulation planned = new Simulation(1, FaultPlan.builder().crash(Address.of("ghost", 2), 10, -1).build(), Trace.Mode.HASH_ONLY);
    assertThatThrownBy(() -> planned.run(100, 100)).hasMessage("unknown node address ghost-2");

    Simulation timers = new Simulation(1, FaultPlan.NONE, Trace.Mode.HASH_ONLY);
    timers.addNode(CLIENT, () -> onStart(ctx -> ctx.setTimer(0, "now", () -> {})));
    assertThatThrownBy(() -> timers.run(100, 100)).hasMessageContaining("delay > 0 us, got 0");
  }

  @Test
  void duplicateAddressIsRejected() {
    Simulation sim = new Simulation(1, FaultPlan.NONE, Trace.Mode.HASH_ONLY);
    sim.addNode(CLIENT, () -> new Node() {});
    assertThatThrownBy(() -> sim.addNode(CLIENT, () -> new Node() {})).hasMessageContaining("already taken");
  }

  @Test
  void serverMayAnswerLaterAfterItsOwnCall() {
    // A replica forwards to the primary and answers when the primary does.
    Address replica = Address.of("server", 1);
    Simulation sim = new Simulation(1, FaultPlan.NONE, Trace.Mode.HASH_ONLY);
    sim.addNode(Toy.SERVER, Toy.Counter::new);
    sim.addNode(replica, () -> new Node() {
      @Override
      public Promise<? extends Message> onRequest(NodeContext ctx, Address from, Message request) {
        return ctx.call(Toy.SERVER, request, Toy.Pong.class, 1_000);
      }
    });
    List<Integer> served = new ArrayList<>();
    sim.addNode(CLIENT, () -> onStart(ctx -> ctx.call(replica, new Toy.Ping(3), Toy.Pong.class, 5_000)
        .whenComplete((pong, e) -> served.add(pong.served()))));
    sim.run(Long.MAX_VALUE, Long.MAX_VALUE);
    assertThat(served).containsExactly(1);
  }
}
