package io.seedsim.sim.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.sim.Address;
import io.seedsim.sim.Message;
import io.seedsim.sim.Node;
import io.seedsim.sim.NodeContext;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Link rules can match message types: a rule for one type leaves the others to later rules. */
class TypedLinkRuleTest {

  record Replicate(int n) implements Message {}

  record Heartbeat(int n) implements Message {}

  static final Address FROM = Address.of("primary", 0);
  static final Address TO = Address.of("backup", 0);

  /** Logs "TIME TYPE N" for every message it gets. */
  static final class Receiver implements Node {
    final List<String> log = new ArrayList<>();

    @Override
    public void onMessage(NodeContext ctx, Address from, Message message) {
      log.add(ctx.nowMicros() + " " + message);
    }
  }

  /** Sends a Replicate and a Heartbeat every 100 us, 50 of each. */
  static Node sender() {
    return new Node() {
      int n;

      @Override
      public void onStart(NodeContext ctx) {
        tick(ctx);
      }

      void tick(NodeContext ctx) {
        ctx.send(TO, new Replicate(n));
        ctx.send(TO, new Heartbeat(n));
        if (++n < 50) {
          ctx.setTimer(100, "tick", () -> tick(ctx));
        }
      }
    };
  }

  static Simulation run(long seed, FaultPlan plan) {
    Simulation sim = new Simulation(seed, plan, Trace.Mode.FULL);
    sim.addNode(TO, Receiver::new);
    sim.addNode(FROM, TypedLinkRuleTest::sender);
    sim.run(Long.MAX_VALUE, Long.MAX_VALUE);
    return sim;
  }

  @Test
  void aRuleForReplicateDropsOnlyReplicate() {
    FaultPlan plan = FaultPlan.builder()
        .messages("drop-replicate", LinkSelector.any(), Replicate.class, LinkFaults.lossy(1, 1, DelayModel.NONE))
        .allLinks(LinkFaults.lossy(0, 0, DelayModel.constant(7)))
        .build();
    Simulation sim = run(1, plan);
    List<String> log = sim.node(TO, Receiver.class).log;
    assertThat(log).hasSize(50).allMatch(l -> l.contains("Heartbeat"));
    assertThat(log.get(0)).isEqualTo("7 Heartbeat[n=0]"); // the untyped rule still applies to the rest
    assertThat(sim.trace().lines()).filteredOn(l -> l.contains("\"reason\":\"request-drop\""))
        .hasSize(50).allMatch(l -> l.contains("Replicate"));
  }

  @Test
  void aRuleForHeartbeatsDelaysOnlyHeartbeats() {
    FaultPlan plan = FaultPlan.builder()
        .messages("slow-heartbeats", LinkSelector.between("primary", "backup"), Heartbeat.class,
            LinkFaults.lossy(0, 0, DelayModel.constant(5_000)))
        .build();
    List<String> log = run(1, plan).node(TO, Receiver.class).log;
    assertThat(log).filteredOn(l -> l.contains("Replicate")).first().isEqualTo("0 Replicate[n=0]");
    assertThat(log).filteredOn(l -> l.contains("Heartbeat")).first().isEqualTo("5000 Heartbeat[n=0]");
    assertThat(log).hasSize(100);
  }

  @Test
  void aRuleForAnInterfaceMatchesEveryTypeThatImplementsIt() {
    FaultPlan plan = FaultPlan.builder()
        .messages("all", LinkSelector.any(), Message.class, LinkFaults.lossy(1, 1, DelayModel.NONE))
        .build();
    assertThat(plan.faultsFor(FROM, TO, Replicate.class).requestDropProbability()).isEqualTo(1);
    assertThat(run(1, plan).node(TO, Receiver.class).log).isEmpty();
  }
}
