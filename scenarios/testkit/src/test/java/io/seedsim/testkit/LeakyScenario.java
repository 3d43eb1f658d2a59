package io.seedsim.testkit;

import io.seedsim.checker.Models;
import io.seedsim.sim.Address;
import io.seedsim.sim.Node;
import io.seedsim.sim.NodeContext;
import java.util.List;
import java.util.function.Supplier;

/**
 * A scenario with a classic nondeterminism: a static cache that outlives the run, so the second
 * run of a seed sees what the first left behind.
 */
final class LeakyScenario extends SystemScenario {

  /** Shared by every run in this JVM: the bug. */
  private static int runsSoFar;

  LeakyScenario() {
    super("leaky", "a node that reads a static counter", Models.byName("register"));
  }

  @Override
  protected void build(SystemRun run) {
    run.sim().addNode(Address.of("node", 0), () -> new Node() {
      @Override
      public void onStart(NodeContext ctx) {
        ctx.setTimer(1_000, "look", () -> ctx.note(runsSoFar++ + " runs before this one"));
      }
    });
    run.sim().at(5_000, run::finish);
  }

  public static final class Registry implements Supplier<ScenarioRegistry> {
    @Override
    public ScenarioRegistry get() {
      return new ScenarioRegistry(List.of(new LeakyScenario()), List.of());
    }
  }
}
