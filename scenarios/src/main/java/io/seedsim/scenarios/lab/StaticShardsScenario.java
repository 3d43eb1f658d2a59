package io.seedsim.scenarios.lab;

import io.seedsim.kvstore.ShardMap;
import io.seedsim.sim.Address;
import io.seedsim.sim.NodeContext;
import io.seedsim.sim.SimRandom;
import io.seedsim.sim.run.FaultPlan;
import java.util.ArrayList;
import java.util.List;

/**
 * TestStaticShards and TestRejection: 3 servers, 2 replicas, reliable network. The main client
 * (number 10) puts keys "0".."9" with random 20-character values and reads them back. Then 10
 * one-shot clients (0..9), each with its own clerk, get key i, and completions are counted until
 * 2 virtual seconds pass with none: 5..7 must complete. A value that does not match is fatal.
 *
 * <p>static-shards: servers 1 and 2 are cut off from every client first, so only server 0 answers:
 * the keys of the shards it replicates (0 and 2) complete, those of shard 1 retry until the window
 * ends. Then the servers come back, the waiting gets complete, and the main client reads all 10
 * keys again.
 *
 * <p>rejection: the one-shot clerks believe there is one server (server 0) holding everything, so
 * server 0 must reject the keys of shard 1 with a wrong-group error; those clerks retry until the
 * run ends (their gets have an unknown outcome).
 */
final class StaticShardsScenario extends LabScenario {

  static final int KEYS = 10;
  static final long QUIET_WINDOW_MICROS = 2_000_000;
  static final int MIN_DONE = 5;
  static final int MAX_DONE = 7;
  private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

  private final boolean rejection;

  StaticShardsScenario(boolean rejection, HistoryCheck check) {
    super(rejection ? "rejection" : "static-shards",
        rejection
            ? "TestRejection: 3 servers x 2 replicas; clerks that think server 0 holds every shard must get 5..7 answers"
            : "TestStaticShards: 3 servers x 2 replicas, servers 1 and 2 cut off; 5..7 gets complete, the rest after they return",
        check);
    this.rejection = rejection;
  }

  @Override
  FaultPlan faultPlan(long seed) {
    return LabNetwork.reliable();
  }

  @Override
  long budgetMicros() {
    return 30_000_000;
  }

  @Override
  void start(LabRun run) {
    List<Address> servers = run.startCluster(new ShardMap(3, 2));
    List<ClientNode> oneShot = new ArrayList<>();
    for (int i = 0; i < KEYS; i++) {
      oneShot.add(run.addClient(i));
    }
    ClientNode mainNode = run.addClient(KEYS);
    run.sim.at(0, () -> {
      LabClerk main = run.clerk(mainNode, KEYS);
      List<String> values = randomValues(run.sim.random("workload"));
      new Script(run, servers, oneShot, main, values).putAll(0);
    });
  }

  private static List<String> randomValues(SimRandom random) {
    List<String> values = new ArrayList<>();
    for (int i = 0; i < KEYS; i++) {
      StringBuilder sb = new StringBuilder(20);
      for (int c = 0; c < 20; c++) {
        sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      values.add(sb.toString());
    }
    return values;
  }

  private final class Script {
    private final LabRun run;
    private final List<Address> servers;
    private final List<ClientNode> oneShot;
    private final LabClerk main;
    private final List<String> values;
    private int done;
    private long lastCompletionMicros;

    Script(LabRun run, List<Address> servers, List<ClientNode> oneShot, LabClerk main, List<String> values) {
      this.run = run;
      this.servers = servers;
      this.oneShot = oneShot;
      this.main = main;
      this.values = values;
    }

    void putAll(int i) {
      if (i == KEYS) {
        readAll(0, this::oneShotGets);
        return;
      }
      main.put(key(i), values.get(i)).whenComplete((v, e) -> putAll(i + 1));
    }

    /** The main client reads every key and requires the value it put. */
    void readAll(int i, Runnable then) {
      if (i == KEYS) {
        then.run();
        return;
      }
      main.get(key(i)).whenComplete((value, e) -> {
        expect(main.client(), i, value);
        readAll(i + 1, then);
      });
    }

    void oneShotGets() {
      if (!rejection) {
        setServersReachable(false);
      }
      lastCompletionMicros = run.sim.nowMicros();
      for (int i = 0; i < KEYS; i++) {
        int k = i;
        LabClerk clerk = rejection
            ? run.clerk(oneShot.get(i), i, new ShardMap(1, 1), List.of(servers.get(0)))
            : run.clerk(oneShot.get(i), i);
        clerk.get(key(k)).whenComplete((value, e) -> {
          expect(clerk.client(), k, value);
          done++;
          lastCompletionMicros = run.sim.nowMicros();
          if (done == KEYS && windowOver) {
            finalReads();
          }
        });
      }
      armQuietWindow(main.context());
    }

    private boolean windowOver;

    /** Fires 2 s after the last completion; re-arms while completions keep coming. */
    private void armQuietWindow(NodeContext ctx) {
      long wait = lastCompletionMicros + QUIET_WINDOW_MICROS - ctx.nowMicros();
      ctx.setTimer(Math.max(1, wait), "quiet-window", () -> {
        if (ctx.nowMicros() - lastCompletionMicros < QUIET_WINDOW_MICROS) {
          armQuietWindow(ctx);
          return;
        }
        windowOver = true;
        if (done < MIN_DONE || done > MAX_DONE) {
          throw new AssertionError(done + " of " + KEYS + " gets completed before a quiet window of 2 s, expected "
              + MIN_DONE + ".." + MAX_DONE);
        }
        if (rejection) {
          run.finish();
        } else {
          setServersReachable(true);
          if (done == KEYS) {
            finalReads();
          }
        }
      });
    }

    private void finalReads() {
      readAll(0, run::finish);
    }

    /** The lab's stop_server / start_server for servers 1 and 2: client links only. */
    private void setServersReachable(boolean up) {
      for (Address client : run.clients()) {
        for (Address server : servers.subList(1, servers.size())) {
          if (up) {
            run.sim.linkUp(client, server);
          } else {
            run.sim.linkDown(client, server);
          }
        }
      }
    }

    private void expect(int client, int i, String value) {
      if (!values.get(i).equals(value)) {
        throw new AssertionError("client " + client + ": get(\"" + key(i) + "\") returned "
            + AppendChecks.shorten(value) + ", expected \"" + values.get(i) + "\"");
      }
    }
  }

  private static String key(int i) {
    return Integer.toString(i);
  }
}
