package io.seedsim.sim.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.sim.Address;
import io.seedsim.sim.Node;
import io.seedsim.sim.NodeContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The network does what the fault plan says: drop rates, partitions, crashes, shutdowns, links. */
class FaultsTest {

  static final Address SENDER = Address.of("sender", 0);

  /** Sends {@code count} one-way notes to the server, one every {@code gapMicros}. */
  static Node sender(int count, long gapMicros) {
    return new Node() {
      int sent;

      @Override
      public void onStart(NodeContext ctx) {
        tick(ctx);
      }

      private void tick(NodeContext ctx) {
        if (sent < count) {
          ctx.send(Toy.SERVER, new Toy.Note("n" + sent++));
          ctx.setTimer(gapMicros, "gap", () -> tick(ctx));
        }
      }
    };
  }

  static Simulation twoNodes(long seed, FaultPlan plan, int count, long gapMicros) {
    Simulation sim = new Simulation(seed, plan, Trace.Mode.FULL);
    sim.addNode(Toy.SERVER, Toy.Counter::new);
    sim.addNode(SENDER, () -> sender(count, gapMicros));
    return sim;
  }

  @Test
  void dropFractionIsWithinStatisticalBoundOfP() {
    for (double p : new double[] {0.1, 0.3, 0.5}) {
      FaultPlan plan = FaultPlan.builder().allLinks(LinkFaults.lossy(p, 0, DelayModel.uniform(0, 27_000))).build();
      int n = 20_000;
      Simulation sim = twoNodes(99, plan, n, 10);
      sim.run(Long.MAX_VALUE, Long.MAX_VALUE);
      int received = sim.node(Toy.SERVER, Toy.Counter.class).notes.size();
      double sd = Math.sqrt(n * p * (1 - p));
      // Five standard deviations: a correct kernel fails this about once in 3.5 million seeds.
      assertThat((double) (n - received)).isBetween(n * p - 5 * sd, n * p + 5 * sd);
    }
  }

  @Test
  void partitionDeliversNothingAcrossUntilItHeals() {
    FaultPlan plan = FaultPlan.builder()
        .allLinks(LinkFaults.lossy(0, 0, DelayModel.constant(5)))
        .partition(1_000, 2_000, List.of(List.of(Toy.SERVER), List.of(SENDER)))
        .build();
    Simulation sim = twoNodes(1, plan, 300, 10); // one note every 10 us, from 0 to 2,990 us
    sim.run(Long.MAX_VALUE, Long.MAX_VALUE);
    List<String> notes = sim.node(Toy.SERVER, Toy.Counter.class).notes;
    // A note sent at t arrives at t + 5; those arriving in [1000, 2000) are cut off.
    for (String note : notes) {
      long sentAt = Long.parseLong(note.substring(1)) * 10;
      assertThat(sentAt + 5 < 1_000 || sentAt + 5 >= 2_000).as(note).isTrue();
    }
    assertThat(notes).hasSize(300 - 100);
    assertThat(sim.trace().lines()).filteredOn(l -> l.contains("\"reason\":\"partition\"")).hasSize(100);
  }

  @Test
  void crashedNodeHandlesNothingUntilRestartedAndLosesItsState() {
    FaultPlan plan = FaultPlan.builder().crash(Toy.SERVER, 1_000, 2_000).build();
    Simulation sim = twoNodes(1, plan, 300, 10);
    sim.run(1_500, Long.MAX_VALUE);
    assertThat(sim.isUp(Toy.SERVER)).isFalse();
    sim.run(Long.MAX_VALUE, Long.MAX_VALUE);
    // The restarted node is a fresh object: it saw only notes sent at 2,000 us and later.
    List<String> notes = sim.node(Toy.SERVER, Toy.Counter.class).notes;
    assertThat(notes).hasSize(100).first().isEqualTo("n200");
    assertThat(sim.trace().lines()).filteredOn(l -> l.contains("\"reason\":\"crashed\"")).hasSize(100);
  }

  @Test
  void shutDownNodeNeverComesBack() {
    FaultPlan plan = FaultPlan.builder().shutdown(Toy.SERVER, 1_000).build();
    Simulation sim = twoNodes(1, plan, 300, 10);
    sim.run(Long.MAX_VALUE, Long.MAX_VALUE);
    sim.restart(Toy.SERVER); // has no effect on a node shut down for good
    assertThat(sim.isUp(Toy.SERVER)).isFalse();
    assertThat(sim.trace().lines()).filteredOn(l -> l.contains("\"reason\":\"shut-down\"")).hasSize(200);
  }

  @Test
  void downLinkDropsOneDirectionOnly() {
    Simulation sim = twoNodes(1, FaultPlan.NONE, 100, 10);
    sim.at(500, () -> sim.linkDown(SENDER, Toy.SERVER));
    sim.at(700, () -> sim.linkUp(SENDER, Toy.SERVER));
    sim.run(Long.MAX_VALUE, Long.MAX_VALUE);
    assertThat(sim.node(Toy.SERVER, Toy.Counter.class).notes).hasSize(80);
  }

  @Test
  void rulesChooseFaultsPerLinkFirstMatchWins() {
    LinkFaults lossy = LinkFaults.lossy(1.0, 0, DelayModel.NONE);
    FaultPlan plan = FaultPlan.builder()
        .links("sender to server", LinkSelector.between("sender", "server"), lossy)
        .allLinks(LinkFaults.RELIABLE)
        .build();
    assertThat(plan.faultsFor(SENDER, Toy.SERVER)).isSameAs(lossy);
    assertThat(plan.faultsFor(Toy.SERVER, SENDER)).isEqualTo(LinkFaults.RELIABLE);
    Simulation sim = twoNodes(1, plan, 10, 10);
    sim.run(Long.MAX_VALUE, Long.MAX_VALUE);
    assertThat(sim.node(Toy.SERVER, Toy.Counter.class).notes).isEmpty();
  }

  @Test
  void duplicatesDeliverTwice() {
    FaultPlan plan = FaultPlan.builder().allLinks(LinkFaults.RELIABLE.withDuplicates(1.0)).build();
    Simulation sim = twoNodes(1, plan, 10, 10);
    sim.run(Long.MAX_VALUE, Long.MAX_VALUE);
    assertThat(sim.node(Toy.SERVER, Toy.Counter.class).notes).hasSize(20);
  }

  @Test
  void fromTheCalmOnNothingIsLostDuplicatedOrPartitioned() {
    FaultPlan plan = FaultPlan.builder()
        .allLinks(LinkFaults.lossy(0.5, 0.5, DelayModel.constant(5)).withDuplicates(0.5))
        .partition(1_000, 1_000_000, List.of(List.of(Toy.SERVER), List.of(SENDER)))
        .calmFrom(2_000)
        .build();
    Simulation sim = twoNodes(3, plan, 300, 10); // notes sent at 0, 10, ..., 2,990 us
    sim.run(Long.MAX_VALUE, Long.MAX_VALUE);
    List<String> notes = sim.node(Toy.SERVER, Toy.Counter.class).notes;
    // Every note sent from 2,000 us on arrives exactly once; before 1,000 us about half are lost.
    List<String> calm = notes.stream().filter(n -> Long.parseLong(n.substring(1)) >= 200).toList();
    assertThat(calm).hasSize(100).doesNotHaveDuplicates();
    assertThat(notes.size() - calm.size()).isBetween(30, 170);
    assertThat(sim.trace().lines()).anyMatch(l -> l.contains("faults healed for good"));
  }
}
