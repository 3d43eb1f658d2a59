package io.seedsim.scenarios.lab;

import io.seedsim.kvstore.ShardMap;
import io.seedsim.sim.Address;
import java.util.List;
import io.seedsim.sim.SimRandom;
import io.seedsim.sim.run.FaultPlan;

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
    int[] staleOutstanding = {0};
    run.sim.at(0, () -> {
      for (int c = 0; c < nodes.length; c++) {
        LabClerk clerk = run.clerk(nodes[c], c);
        new RandomClient(config, clerk, workload.fork("client-" + c), () -> {
          if (--running[0] == 0) {
            run.finish();
          }
        }, null).next();
      }
      if (staleNode != null) {
        int c = nodes.length;
        LabClerk stale = run.clerk(staleNode, c, config.staleView(), servers.subList(0, config.staleView().servers()));
        new RandomClient(config, stale, workload.fork("client-" + c), () -> {}, staleOutstanding).next();
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
    run.sim.at(config.faultMicros() + LIVENESS_MICROS, () -> {
      int pending = run.history.pending() - staleOutstanding[0];
      if (pending > 0) {
        run.failLater("liveness: " + pending + " operations still pending "
            + LIVENESS_MICROS / 1_000_000 + " s after the faults healed at " + config.faultMicros() + " us: "
            + run.history.pendingSummary(3));
      }
    });
  }

  /** One client: think, then a random operation, until the fault phase is over. */
  private static final class RandomClient {
    private final ChaosConfig config;
    private final LabClerk clerk;
    private final SimRandom random;
    private final Runnable whenDone;
    /** For the stale clerk: 1 while an operation is out (it may never return); else null. */
    private final int[] outstanding;
    private int n;

    RandomClient(ChaosConfig config, LabClerk clerk, SimRandom random, Runnable whenDone, int[] outstanding) {
      this.config = config;
      this.clerk = clerk;
      this.random = random;
      this.whenDone = whenDone;
      this.outstanding = outstanding;
    }

    void next() {
      if (clerk.context().nowMicros() >= config.faultMicros() || !random.proceed()) { // shrunk: may stop early
        whenDone.run();
        return;
      }
      if (outstanding != null) {
        outstanding[0] = 0;
      }
      long think = random.longInclusive(1, Math.max(1, config.thinkMaxMicros()));
      clerk.context().sleep(think, "think").whenComplete((v, e) -> operate());
    }

    private void operate() {
      if (outstanding != null) {
        outstanding[0] = 1;
      }
      String key = random.pick(config.keys());
      String tag = clerk.client() + "." + n++;
      int dice = random.nextInt(10);
      if (dice < 4) {
        clerk.get(key).whenComplete((v, e) -> next());
      } else if (dice < 7) {
        clerk.put(key, "p" + tag).whenComplete((v, e) -> next());
      } else {
        clerk.append(key, "a" + tag + ";").whenComplete((v, e) -> next());
      }
    }
  }
}
