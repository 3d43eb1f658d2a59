package io.seedsim.sim.run;

import io.seedsim.sim.Address;
import io.seedsim.sim.Message;
import io.seedsim.sim.Node;
import io.seedsim.sim.NodeContext;
import io.seedsim.sim.Promise;
import io.seedsim.sim.RpcTimeoutException;
import java.util.ArrayList;
import java.util.List;

/** A small protocol for kernel tests: counters that answer pings, and clients that retry. */
final class Toy {
  private Toy() {}

  sealed interface ToyMessage extends Message permits Ping, Pong, Note {}

  record Ping(int n) implements ToyMessage {}

  record Pong(int n, int served) implements ToyMessage {}

  record Note(String text) implements ToyMessage {}

  static final Address SERVER = Address.of("server", 0);

  /** Answers pings with how many it has served (volatile state: a crash resets it). */
  static final class Counter implements Node {
    int served;
    final List<String> notes = new ArrayList<>();

    @Override
    public Promise<? extends Message> onRequest(NodeContext ctx, Address from, Message request) {
      if (request instanceof Ping p) {
        served++;
        return Promise.completed(new Pong(p.n(), served));
      }
      throw new IllegalArgumentException("unexpected " + request);
    }

    @Override
    public void onMessage(NodeContext ctx, Address from, Message message) {
      if (message instanceof Note n) {
        notes.add(n.text());
        return;
      }
      Node.super.onMessage(ctx, from, message);
    }
  }

  /** Pings the server {@code count} times, each with retries and random think time. */
  static final class Client implements Node {
    final int count;
    final List<Integer> answered = new ArrayList<>();

    Client(int count) {
      this.count = count;
    }

    @Override
    public void onStart(NodeContext ctx) {
      next(ctx, 0);
    }

    private void next(NodeContext ctx, int n) {
      if (n == count) {
        return;
      }
      int op = ctx.beginOperation("ping(" + n + ")");
      Promise.retry(
              () -> ctx.call(SERVER, new Ping(n), Pong.class, 50_000),
              e -> e instanceof RpcTimeoutException,
              () -> ctx.sleep(1_000 + ctx.random().nextInt(5_000), "backoff"))
          .whenComplete((pong, e) -> {
            ctx.endOperation(op, String.valueOf(pong.served()));
            answered.add(pong.n());
            ctx.setTimer(1 + ctx.random().nextInt(2_000), "think", () -> next(ctx, n + 1));
          });
    }
  }

  /**
   * Counts pings on its disk: it reads its count back after a restart, and answers only once the
   * new count is synced. Buggify may make it sync twice.
   */
  static final class DurableCounter implements Node {
    int served;

    @Override
    public void onStart(NodeContext ctx) {
      if (ctx.restarted()) {
        ctx.disk().read("served").whenComplete((b, e) -> served = b == null || e != null ? served : b.length);
      }
      report(ctx);
    }

    /** Notes its count every 50 ms of its own clock. */
    private void report(NodeContext ctx) {
      ctx.clock().setTimer(50_000, "report", () -> {
        ctx.note("served " + served + " at local " + ctx.clock().nowMicros());
        if (ctx.nowMicros() < 1_000_000) {
          report(ctx);
        }
      });
    }

    @Override
    public Promise<? extends Message> onRequest(NodeContext ctx, Address from, Message request) {
      Ping p = (Ping) request;
      served++;
      Promise<Void> sync = ctx.disk().write("served", new byte[served]).compose(v -> ctx.disk().fsync());
      if (ctx.buggify("double-sync")) {
        sync = sync.compose(v -> ctx.disk().fsync());
      }
      int n = served;
      return sync.then(v -> new Pong(p.n(), n));
    }
  }

  /** Like {@link #busyRun}, with every machine fault: disks, clocks, a pause, a typed rule, buggify. */
  static Simulation machineRun(long seed, Trace.Mode mode) {
    FaultPlan plan = FaultPlan.builder()
        .messages("slow-pongs", LinkSelector.any(), Pong.class, LinkFaults.lossy(0.1, 0.1, DelayModel.uniform(0, 5_000)))
        .allLinks(LinkFaults.lossy(0.1, 0.1, DelayModel.exponential(2_000)))
        .disks(new DiskFaults(DelayModel.uniform(10, 100), DelayModel.uniform(10, 100), DelayModel.exponential(500),
            0.05, 0.05, 0.5, 0.5))
        .clocks(new ClockFaults(10_000, 500, 2, 20_000, 500_000))
        .crash(SERVER, 200_000, 260_000)
        .pause(SERVER, 300_000, 30_000)
        .buggify(BuggifyOdds.USUAL)
        .build();
    Simulation sim = new Simulation(seed, plan, mode);
    sim.addNode(SERVER, DurableCounter::new);
    for (int i = 0; i < 4; i++) {
      sim.addNode(Address.of("client", i), () -> new Client(40));
    }
    sim.header("toy-machine", seed, "none");
    return sim;
  }

  /** A lossy, duplicating, reordering network with a crash and a partition: a busy run. */
  static Simulation busyRun(long seed, Trace.Mode mode) {
    FaultPlan plan = FaultPlan.builder()
        .allLinks(LinkFaults.lossy(0.2, 0.2, DelayModel.exponential(3_000)).withDuplicates(0.05).withReordering(0.1, 10_000))
        .crash(SERVER, 200_000, 260_000)
        .partition(400_000, 450_000, List.of(List.of(SERVER)))
        .build();
    Simulation sim = new Simulation(seed, plan, mode);
    sim.addNode(SERVER, Counter::new);
    for (int i = 0; i < 4; i++) {
      sim.addNode(Address.of("client", i), () -> new Client(40));
    }
    sim.header("toy", seed, "none");
    return sim;
  }
}
