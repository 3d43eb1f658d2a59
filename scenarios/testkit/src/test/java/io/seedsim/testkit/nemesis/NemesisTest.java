package io.seedsim.testkit.nemesis;

import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.sim.Address;
import io.seedsim.sim.Message;
import io.seedsim.sim.Node;
import io.seedsim.sim.NodeContext;
import io.seedsim.sim.SimRandom;
import io.seedsim.sim.run.FaultPlan;
import io.seedsim.sim.run.Simulation;
import io.seedsim.sim.run.Trace;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NemesisTest {

  record Hello(String from) implements Message {}

  /** Counts what it receives; sends Hello to every node when asked. */
  static final class Peer implements Node {
    final List<String> received = new ArrayList<>();
    NodeContext ctx;

    @Override
    public void onStart(NodeContext ctx) {
      this.ctx = ctx;
    }

    @Override
    public void onMessage(NodeContext ctx, Address from, Message message) {
      received.add(((Hello) message).from());
    }
  }

  private final Simulation sim = new Simulation(5, FaultPlan.NONE, Trace.Mode.FULL);
  private final List<Address> nodes = new ArrayList<>();
  private final List<Peer> peers = new ArrayList<>();

  NemesisTest() {
    for (int i = 0; i < 4; i++) {
      Peer p = new Peer();
      peers.add(p);
      nodes.add(sim.addNode(Address.of("n", i), () -> p));
    }
    sim.run(0, 100);
  }

  /** Every node sends Hello to every other; returns who heard from whom ("n-0>n-1" ...). */
  private List<String> everyoneSaysHello() {
    peers.forEach(p -> p.received.clear());
    for (Peer p : peers) {
      for (Address to : nodes) {
        if (!to.equals(p.ctx.self())) {
          p.ctx.send(to, new Hello(p.ctx.self().toString()));
        }
      }
    }
    sim.run(sim.nowMicros() + 1_000_000, 10_000);
    List<String> heard = new ArrayList<>();
    for (int i = 0; i < peers.size(); i++) {
      for (String from : peers.get(i).received) {
        heard.add(from + ">" + nodes.get(i));
      }
    }
    return heard;
  }

  @Test
  void crashHitsTheNodeThePredicateChoosesAndHealingRestartsIt() {
    NodeChooser third = NodeChooser.matching(nodes, (s, a) -> a.index() == 2);
    Runnable heal = Faults.crash(third).start(sim, new SimRandom(1));

    assertThat(sim.isUp(nodes.get(2))).isFalse();
    assertThat(nodes.stream().filter(sim::isUp)).hasSize(3);
    heal.run();
    assertThat(sim.isUp(nodes.get(2))).isTrue();
  }

  @Test
  void aPausedNodeHandlesNothingUntilHealedThenEverythingInOrder() {
    Runnable heal = Faults.pause(NodeChooser.matching(nodes, (s, a) -> a.index() == 1)).start(sim, new SimRandom(1));

    assertThat(everyoneSaysHello()).hasSize(9).noneMatch(h -> h.endsWith(">n-1"));
    heal.run();
    sim.run(sim.nowMicros() + 1_000_000, 10_000);
    assertThat(peers.get(1).received).containsExactly("n-0", "n-2", "n-3");
  }

  @Test
  void isolateCutsOneNodeOffAndLeavesTheOthersConnected() {
    Faults.isolate(NodeChooser.matching(nodes, (s, a) -> a.index() == 0)).start(sim, new SimRandom(1));

    List<String> heard = everyoneSaysHello();

    assertThat(heard).hasSize(6).noneMatch(h -> h.contains("n-0"));
  }

  @Test
  void partitionHalvesSplitsTwoAgainstTwo() {
    Runnable heal = Faults.partitionHalves(nodes).start(sim, new SimRandom(3));

    assertThat(everyoneSaysHello()).hasSize(4); // two pairs, both ways
    heal.run();
    assertThat(everyoneSaysHello()).hasSize(12);
  }

  @Test
  void cutOneWayDropsOneDirectionOnly() {
    Runnable heal = Faults.cutOneWay(nodes).start(sim, new SimRandom(3));

    assertThat(everyoneSaysHello()).hasSize(12 - 4);
    heal.run();
    assertThat(everyoneSaysHello()).hasSize(12);
  }

  @Test
  void aClogHoldsMessagesUntilItHealsAndLosesNone() {
    Runnable heal = Faults.clog(nodes).start(sim, new SimRandom(3));

    assertThat(everyoneSaysHello()).hasSize(10); // two messages wait on the clogged link
    heal.run();
    sim.run(sim.nowMicros() + 1_000_000, 10_000);
    int all = peers.stream().mapToInt(p -> p.received.size()).sum();
    assertThat(all).isEqualTo(12);
  }

  @Test
  void aScheduleIsAFunctionOfTheSeedAndHealsEverythingByItsEnd() {
    assertThat(scheduleTrace(11)).isEqualTo(scheduleTrace(11)).isNotEqualTo(scheduleTrace(12));
    Simulation s = scheduled(11);
    assertThat(nodesUp(s)).isEqualTo(4);
  }

  private static List<String> scheduleTrace(long seed) {
    return scheduled(seed).trace().lines().stream().filter(l -> l.contains("nemesis")).toList();
  }

  private static Simulation scheduled(long seed) {
    Simulation s = new Simulation(seed, FaultPlan.NONE, Trace.Mode.FULL);
    List<Address> addresses = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      addresses.add(s.addNode(Address.of("n", i), Peer::new));
    }
    Nemesis.of(List.of(Faults.crash(NodeChooser.anyOf(addresses)), Faults.pause(NodeChooser.anyOf(addresses)),
            Faults.partitionHalves(addresses), Faults.clog(addresses)))
        .between(0, 2_000_000)
        .addTo(s);
    s.run(3_000_000, 100_000);
    return s;
  }

  private static long nodesUp(Simulation s) {
    long up = 0;
    for (int i = 0; i < 4; i++) {
      up += s.isUp(Address.of("n", i)) ? 1 : 0;
    }
    return up;
  }
}
