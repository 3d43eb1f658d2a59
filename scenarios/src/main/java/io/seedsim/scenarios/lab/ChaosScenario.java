package io.seedsim.scenarios.lab;

import io.seedsim.kvstore.ShardMap;
import io.seedsim.sim.Address;
import io.seedsim.sim.Promise;
import io.seedsim.sim.SimRandom;
import io.seedsim.sim.run.FaultPlan;
import io.seedsim.testkit.Liveness;
import io.seedsim.testkit.client.ClientLoop;
import io.seedsim.testkit.client.ClientOp;
import io.seedsim.testkit.client.Generators;
import io.seedsim.testkit.client.Stop;
import io.seedsim.testkit.client.ThinkTime;
import java.util.List;

/**
 * Swarm testing beyond the lab. The seed first draws a whole {@link ChaosConfig} (cluster shape,
 * drops per direction, delays, duplicates, reordering, faults between servers, partitions that
 * come and heal), then clients run random gets, puts and appends over a few keys until the fault
 * phase ends. Safety: the history is linearizable. Liveness: once every fault has healed (the plan's
 * calm: no more drops, duplicates, reordering or partitions), every client's last operation
 * completes within {@link #LIVENESS_MICROS}.
 */
class ChaosScenario extends LabScenario {

  static final long LIVENESS_MICROS = 10_000_000;
  static final String FAULTS_STREAM = "faults";

  /** A scenario that runs the chaos script under another name (the durable scenario). */
  ChaosScenario(String name, String description, HistoryCheck check) {
    super(name, description, check);
  }

  ChaosScenario(HistoryCheck check) {
    super("chaos",
        "swarm testing: the seed draws the cluster, drops, delays, duplicates, reordering, partitions, faults for one "
            + "message type, pauses, servers cut off for good, a clerk with a stale shard map, clocks, buggify; "
            + "random multi-client, multi-key workload",
        check);
  }

  /** The configuration of the run for {@code seed}: the same draw the run makes. */
  static ChaosConfig configFor(long seed) {
    return ChaosConfig.draw(new SimRandom(seed).fork(FAULTS_STREAM));
  }

  @Override
  FaultPlan faultPlan(long seed) {
    return configFor(seed).faultPlan();
  }

  @Override
  String configurationNote(long seed) {
    return configFor(seed).describe();
  }

  @Override
  long budgetMicros() {
    return 3_000_000 + LIVENESS_MICROS + 1_000_000;
  }

  @Override
  void start(LabRun run) {
    ChaosConfig config = ChaosConfig.draw(run.sim.random(FAULTS_STREAM));
    List<Address> servers = run.startCluster(new ShardMap(config.servers(), config.replicas()));
    ClientNode[] nodes = new ClientNode[config.clients()];
    for (int c = 0; c < nodes.length; c++) {
      nodes[c] = run.addClient(c);
    }
    ClientNode staleNode = config.staleView() == null ? null : run.addClient(nodes.length);
    SimRandom workload = run.sim.random("workload");
    int[] running = {nodes.length};
    run.sim.at(0, () -> {
      for (int c = 0; c < nodes.length; c++) {
        LabClerk clerk = run.clerk(nodes[c], c);
        client(config, clerk, workload.fork("client-" + c)).start().whenComplete((n, e) -> {
          if (--running[0] == 0) {
            run.finish();
          }
        });
      }
      if (staleNode != null) {
        int c = nodes.length;
        LabClerk stale = run.clerk(staleNode, c, config.staleView(), servers.subList(0, config.staleView().servers()));
        client(config, stale, workload.fork("client-" + c)).start();
      }
    });
    if (!config.stoppedServers().isEmpty()) {
      run.sim.at(config.stopMicros(), () -> {
        for (int server : config.stoppedServers()) {
          for (Address client : run.clients()) {
            run.sim.linkDown(client, servers.get(server));
          }
        }
      });
    }
    // The stale clerk's operation may never return: it does not count.
    Liveness.check(run.sim, run.history, config.faultMicros(), LIVENESS_MICROS, client -> client < nodes.length,
        run::failLater);
  }

  /** One client: think, then a random get, put or append, until the fault phase is over. */
  private static ClientLoop client(ChaosConfig config, LabClerk clerk, SimRandom random) {
    return new ClientLoop(clerk.client(), clerk.context(), random, Generators.kv(config.keys()),
        ThinkTime.uniform(1, Math.max(1, config.thinkMaxMicros())), Stop.atMicros(config.faultMicros()),
        (ctx, op) -> perform(clerk, op), null, 1);
  }

  private static Promise<?> perform(LabClerk clerk, ClientOp op) {
    return switch (op.function()) {
      case "get" -> clerk.get(op.key());
      case "put" -> clerk.put(op.key(), (String) op.value());
      default -> clerk.append(op.key(), (String) op.value());
    };
  }
}
