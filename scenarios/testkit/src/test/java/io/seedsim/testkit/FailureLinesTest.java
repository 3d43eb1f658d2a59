package io.seedsim.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.seedsim.sim.Address;
import io.seedsim.sim.Node;
import io.seedsim.sim.NodeContext;
import io.seedsim.sim.run.FaultPlan;
import io.seedsim.sim.run.Simulation;
import io.seedsim.sim.run.SimulationFailure;
import io.seedsim.sim.run.Trace;
import org.junit.jupiter.api.Test;

class FailureLinesTest {

  /** What a run whose one node throws {@code thrown} at its start fails with. */
  private static SimulationFailure failureOf(Error thrown) {
    Simulation sim = new Simulation(1, FaultPlan.NONE, Trace.Mode.HASH_ONLY);
    sim.addNode(Address.of("server", 0), () -> new Node() {
      @Override
      public void onStart(NodeContext ctx) {
        throw thrown;
      }
    });
    try {
      sim.run(1_000, 10);
    } catch (SimulationFailure f) {
      return f;
    }
    throw new AssertionError("the run did not fail");
  }

  @Test
  void aNodesOwnErrorIsTheRunsFailure() {
    assertThat(FailureLines.of(failureOf(new StackOverflowError()))).contains("server-0").contains("StackOverflowError");
  }

  @Test
  void theJvmRunningOutOfMemoryInAHandlerIsNoFailureOfTheRun() {
    // It depends on the heap, not the seed: the run has no outcome (bin/seedsim exits 4).
    assertThatThrownBy(() -> FailureLines.of(failureOf(new OutOfMemoryError("Java heap space"))))
        .isInstanceOf(EnvironmentError.class)
        .hasMessageContaining("Java heap space");
  }
}
