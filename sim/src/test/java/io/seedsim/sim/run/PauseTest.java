package io.seedsim.sim.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.sim.Address;
import io.seedsim.sim.Message;
import io.seedsim.sim.Node;
import io.seedsim.sim.NodeContext;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A paused node handles nothing until it resumes; then it goes on with its state. */
class PauseTest {

  /** Logs "TIME note" for each note and "TIME tick" for its timer; keeps its log across a pause. */
  static final class Logger implements Node {
    final List<String> log = new ArrayList<>();

    @Override
    public void onStart(NodeContext ctx) {
      ctx.setTimer(1_500, "tick", () -> log.add(ctx.nowMicros() + " tick"));
    }

    @Override
    public void onMessage(NodeContext ctx, Address from, Message message) {
      log.add(ctx.nowMicros() + " " + ((Toy.Note) message).text());
    }
  }

  static Simulation pausedAt(long seed, FaultPlan plan) {
    Simulation sim = new Simulation(seed, plan, Trace.Mode.FULL);
    sim.addNode(Toy.SERVER, Logger::new);
    sim.addNode(FaultsTest.SENDER, () -> FaultsTest.sender(300, 10)); // a note every 10 us from 0 on
    return sim;
  }

  @Test
  void aPausedNodeHandlesNothingUntilItResumesThenCatchesUpInOrder() {
    Simulation sim = pausedAt(1, FaultPlan.builder().pause(Toy.SERVER, 1_000, 2_000).build());
    sim.run(2_999, Long.MAX_VALUE);
    Logger server = sim.node(Toy.SERVER, Logger.class);
    assertThat(sim.isPaused(Toy.SERVER)).isTrue();
    assertThat(server.log).hasSize(100).last().isEqualTo("990 n99"); // nothing after 1,000 us
    sim.run(Long.MAX_VALUE, Long.MAX_VALUE);
    assertThat(sim.isPaused(Toy.SERVER)).isFalse();
    assertThat(sim.node(Toy.SERVER, Logger.class)).isSameAs(server); // same object: state kept
    List<String> log = server.log;
    // 300 notes, none lost, in the order sent; the tick due at 1,500 runs late, at the resume.
    assertThat(log).hasSize(301);
    assertThat(log.get(100)).isEqualTo("3000 n100");
    assertThat(log).contains("3000 tick");
    assertThat(log.indexOf("3000 tick")).isEqualTo(150); // it came up after the notes due before 1,500 us
    assertThat(log.get(300)).isEqualTo("3000 n299");
    assertThat(sim.trace().lines()).contains(
        "{\"t\":1000,\"kind\":\"pause\",\"node\":\"server-0\",\"until\":3000}",
        "{\"t\":3000,\"kind\":\"resume\",\"node\":\"server-0\",\"waiting\":201}");
  }

  @Test
  void aScenarioCanPauseAndACrashEndsThePause() {
    Simulation sim = pausedAt(1, FaultPlan.NONE);
    sim.at(500, () -> sim.pause(Toy.SERVER, 10_000));
    sim.at(700, () -> sim.crash(Toy.SERVER));
    sim.at(800, () -> sim.restart(Toy.SERVER));
    sim.run(Long.MAX_VALUE, Long.MAX_VALUE);
    List<String> log = sim.node(Toy.SERVER, Logger.class).log;
    assertThat(sim.isPaused(Toy.SERVER)).isFalse();
    assertThat(log.get(0)).isEqualTo("800 n80"); // the new incarnation's first note
    assertThat(sim.trace().lines()).filteredOn(l -> l.contains("\"reason\":\"crashed\"")).hasSize(30);
  }
}
