package io.seedsim.sim.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.sim.Address;
import io.seedsim.sim.Node;
import io.seedsim.sim.NodeContext;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each node's clock is offset, drifts and jumps as the plan says, and its timers follow it. */
class ClockTest {

  static final Address NODE = Address.of("n", 0);

  /** Sets one timer of {@code localDelay} on its own clock at start; logs "true-time local-time". */
  static Node timerOnLocalClock(long localDelay, List<String> fired) {
    return new Node() {
      @Override
      public void onStart(NodeContext ctx) {
        ctx.clock().setTimer(localDelay, "lease", () -> fired.add(ctx.nowMicros() + " " + ctx.clock().nowMicros()));
      }
    };
  }

  static List<String> fireTimes(FaultPlan plan, long localDelay) {
    List<String> fired = new ArrayList<>();
    Simulation sim = new Simulation(1, plan, Trace.Mode.FULL);
    sim.addNode(NODE, () -> timerOnLocalClock(localDelay, fired));
    sim.run(Long.MAX_VALUE, Long.MAX_VALUE);
    return fired;
  }

  @Test
  void aClockReadsTrueTimePlusOffsetAndDrift() {
    FaultPlan plan = FaultPlan.builder().clockSkew(NODE, 1_000, 1_000).build();
    Simulation sim = new Simulation(1, plan, Trace.Mode.HASH_ONLY);
    sim.addNode(NODE, () -> new Node() {});
    assertThat(sim.localMicros(NODE)).isEqualTo(1_000);
    sim.at(1_000_000, () -> {});
    sim.run(Long.MAX_VALUE, Long.MAX_VALUE);
    assertThat(sim.nowMicros()).isEqualTo(1_000_000);
    assertThat(sim.localMicros(NODE)).isEqualTo(1_000_000 + 1_000 + 1_000); // 1000 ppm of 1 s is 1 ms
  }

  @Test
  void aTimerOnAFastClockFiresEarlyInTrueTime() {
    // 10% fast: 10,000 local us pass in 9,091 true us.
    assertThat(fireTimes(FaultPlan.builder().clockSkew(NODE, 0, 100_000).build(), 10_000)).containsExactly("9091 10000");
    // 10% slow: they take 11,112 true us.
    assertThat(fireTimes(FaultPlan.builder().clockSkew(NODE, 0, -100_000).build(), 10_000)).containsExactly("11112 10000");
  }

  @Test
  void aForwardJumpFiresLocalTimersEarlyAndABackwardJumpLate() {
    FaultPlan forward = FaultPlan.builder().clockJump(NODE, 5_000, 20_000).build();
    assertThat(fireTimes(forward, 50_000)).containsExactly("30000 50000");
    FaultPlan backward = FaultPlan.builder().clockJump(NODE, 5_000, -20_000).build();
    assertThat(fireTimes(backward, 50_000)).containsExactly("70000 50000");
    // A jump past the due time fires the timer at the jump.
    FaultPlan far = FaultPlan.builder().clockJump(NODE, 5_000, 60_000).build();
    assertThat(fireTimes(far, 50_000)).containsExactly("5000 65000");
  }

  @Test
  void trueTimeTimersIgnoreTheLocalClock() {
    List<Long> fired = new ArrayList<>();
    FaultPlan plan = FaultPlan.builder().clockSkew(NODE, 5_000, 50_000).clockJump(NODE, 10, 1_000_000).build();
    Simulation sim = new Simulation(1, plan, Trace.Mode.HASH_ONLY);
    sim.addNode(NODE, () -> new Node() {
      @Override
      public void onStart(NodeContext ctx) {
        ctx.setTimer(100, "true", () -> fired.add(ctx.nowMicros()));
      }
    });
    sim.run(Long.MAX_VALUE, Long.MAX_VALUE);
    assertThat(fired).containsExactly(100L);
  }

  @Test
  void drawnClocksStayWithinTheirRangesAndDiffer() {
    ClockFaults ranges = new ClockFaults(500, 200, 2, 10_000, 1_000_000);
    FaultPlan plan = FaultPlan.builder().clocks(ranges).build();
    Simulation sim = new Simulation(4, plan, Trace.Mode.FULL);
    for (int i = 0; i < 20; i++) {
      sim.addNode(Address.of("n", i), () -> new Node() {});
    }
    List<Long> offsets = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      offsets.add(sim.localMicros(Address.of("n", i)));
    }
    assertThat(offsets).allMatch(o -> Math.abs(o) <= 500);
    assertThat(offsets.stream().distinct().count()).isGreaterThan(15);
    sim.at(2_000_000, () -> {});
    sim.run(Long.MAX_VALUE, Long.MAX_VALUE);
    List<String> jumps = sim.trace().lines().stream().filter(l -> l.contains("clock-jump")).toList();
    assertThat(jumps).isNotEmpty().hasSizeLessThanOrEqualTo(40);
    for (int i = 0; i < 20; i++) {
      long drift = sim.localMicros(Address.of("n", i)) - 2_000_000;
      // offset 500 + drift 200 ppm of 2 s (400) + two jumps of 10,000 each at most
      assertThat(Math.abs(drift)).isLessThanOrEqualTo(500 + 400 + 20_000);
    }
  }
}
