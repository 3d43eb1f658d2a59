package io.seedsim.testkit;

import io.seedsim.sim.Address;
import io.seedsim.sim.Message;
import io.seedsim.sim.Node;
import io.seedsim.sim.NodeContext;
import io.seedsim.sim.Promise;
import io.seedsim.sim.RpcTimeoutException;
import io.seedsim.sim.run.DelayModel;
import io.seedsim.sim.run.FaultPlan;
import io.seedsim.sim.run.LinkFaults;
import io.seedsim.sim.run.RunStatus;
import io.seedsim.sim.run.Simulation;
import io.seedsim.sim.run.Trace;

/**
 * A user's own system, as the shrinker sees it: a counter server that (variant "no-dedup") applies
 * a retried increment twice, and clients that increment it over a lossy network until their
 * workload says stop. The check: the counter equals the increments that were acknowledged.
 */
final class CounterScenario implements Scenario {

  record Increment(int client, int n) implements Message {}

  record Ack(int value) implements Message {}

  static final Address SERVER = Address.of("server", 0);

  static final class Counter implements Node {
    final boolean dedup;
    int value;
    final java.util.Set<String> seen = new java.util.TreeSet<>();

    Counter(boolean dedup) {
      this.dedup = dedup;
    }

    @Override
    public Promise<? extends Message> onRequest(NodeContext ctx, Address from, Message request) {
      Increment inc = (Increment) request;
      if (!dedup || seen.add(inc.client() + "/" + inc.n())) {
        value++;
      }
      return Promise.completed(new Ack(value));
    }
  }

  /** Increments until its random stream says stop (at most 30), each retried until acknowledged. */
  static final class Client implements Node {
    final int id;
    final int[] acknowledged;

    Client(int id, int[] acknowledged) {
      this.id = id;
      this.acknowledged = acknowledged;
    }

    @Override
    public void onStart(NodeContext ctx) {
      next(ctx, 0);
    }

    private void next(NodeContext ctx, int n) {
      if (n == 30 || !ctx.random().proceed()) {
        return;
      }
      int op = ctx.beginOperation("increment " + n);
      Promise.retry(() -> ctx.call(SERVER, new Increment(id, n), Ack.class, 20_000),
              e -> e instanceof RpcTimeoutException, () -> ctx.sleep(1 + ctx.random().nextInt(5_000), "backoff"))
          .whenComplete((ack, e) -> {
            ctx.endOperation(op, String.valueOf(ack.value()));
            acknowledged[0]++;
            ctx.setTimer(1 + ctx.random().nextInt(3_000), "think", () -> next(ctx, n + 1));
          });
    }
  }

  private final String failureStyle;

  /** @param failureStyle "check" fails with a wrong count; "stuck" also fails a run with no progress */
  CounterScenario(String failureStyle) {
    this.failureStyle = failureStyle;
  }

  @Override
  public String name() {
    return "counter";
  }

  @Override
  public String description() {
    return "increments over a lossy network";
  }

  @Override
  public RunResult run(long seed, String variant) {
    FaultPlan plan = FaultPlan.builder()
        .allLinks(LinkFaults.lossy(0.2, 0.2, DelayModel.exponential(2_000)).withDuplicates(0.05))
        .build();
    Simulation sim = new Simulation(seed, plan, Trace.Mode.HASH_ONLY);
    sim.addNode(SERVER, () -> new Counter(!variant.equals("no-dedup")));
    int[] acknowledged = {0};
    for (int c = 0; c < 3; c++) {
      int id = c;
      sim.addNode(Address.of("client", c), () -> new Client(id, acknowledged));
    }
    sim.header(name(), seed, variant);
    RunStatus status = sim.run(60_000_000, 1_000_000);
    int value = sim.node(SERVER, Counter.class).value;
    String failure = null;
    if (status != RunStatus.QUIESCENT) {
      failure = "no progress: " + status;
    } else if (value != acknowledged[0]) {
      failure = "counter is " + value + " after " + acknowledged[0] + " acknowledged increments";
    } else if (failureStyle.equals("stuck") && acknowledged[0] < 3) {
      failure = "no progress: only " + acknowledged[0] + " increments";
    }
    return new RunResult(name(), seed, variant, failure, sim.trace().hash(), sim.nowMicros(), sim.events(),
        sim.operations(), RunArtifacts.NONE);
  }
}
