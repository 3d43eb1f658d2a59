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
 *
 * <p>Choice points for the shrinker ({@code proceed()}, which a seeded run answers "yes" without a
 * draw, so seeds run the lab's script unchanged): whether one-shot client i exists, and whether the
 * main client puts and reads key i. The checks follow what a run did: a key never put must read
 * "", and the completion count is judged for the gets asked ({@link CompletionRange}).
 */
final class StaticShardsScenario extends LabScenario {

  static final int KEYS = 10;
  /** 3 servers, 2 replicas: server 0 holds shards 0 and 2. */
  static final ShardMap SHARDS = new ShardMap(3, 2);
  static final long QUIET_WINDOW_MICROS = 2_000_000;
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
    List<Address> servers = run.startCluster(SHARDS);
    SimRandom workload = run.sim.random("workload");
    List<ClientNode> oneShot = new ArrayList<>(); // null: a shrunk case left that client out
    for (int i = 0; i < KEYS; i++) {
      oneShot.add(workload.fork("client-" + i).proceed() ? run.addClient(i) : null);
    }
    ClientNode mainNode = run.addClient(KEYS);
    SimRandom mainChoices = workload.fork("client-" + KEYS);
    run.sim.at(0, () -> {
      LabClerk main = run.clerk(mainNode, KEYS);
      List<String> values = randomValues(workload);
      new Script(run, servers, oneShot, main, mainChoices, values).putAll(0);
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
    /** Whether the main client puts, then reads, each key: yes from a seed. */
    private final SimRandom mainChoices;
    private final List<String> values;
    private final boolean[] put = new boolean[KEYS];
    private final List<String> asked = new ArrayList<>();
    private int done;
    private long lastCompletionMicros;

    Script(LabRun run, List<Address> servers, List<ClientNode> oneShot, LabClerk main, SimRandom mainChoices,
        List<String> values) {
      this.run = run;
      this.servers = servers;
      this.oneShot = oneShot;
      this.main = main;
      this.mainChoices = mainChoices;
      this.values = values;
    }

    void putAll(int i) {
      if (i == KEYS) {
        readAll(0, this::oneShotGets);
        return;
      }
      if (!mainChoices.proceed()) {
        putAll(i + 1);
        return;
      }
      put[i] = true;
      main.put(key(i), values.get(i)).whenComplete((v, e) -> putAll(i + 1));
    }

    /** The main client reads every key and requires the value it put. */
    void readAll(int i, Runnable then) {
      if (i == KEYS) {
        then.run();
        return;
      }
      if (!mainChoices.proceed()) {
        readAll(i + 1, then);
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
        if (oneShot.get(i) == null) {
          continue;
        }
        int k = i;
        asked.add(key(k));
        LabClerk clerk = rejection
            ? run.clerk(oneShot.get(i), i, new ShardMap(1, 1), List.of(servers.get(0)))
            : run.clerk(oneShot.get(i), i);
        clerk.get(key(k)).whenComplete((value, e) -> {
          expect(clerk.client(), k, value);
          done++;
          lastCompletionMicros = run.sim.nowMicros();
          if (done == asked.size() && windowOver) {
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
        CompletionRange expected = CompletionRange.of(asked, SHARDS, 0);
        if (!expected.contains(done)) {
          throw new AssertionError(done + " of " + asked.size() + " gets completed before a quiet window of 2 s, expected "
              + expected.min() + ".." + expected.max());
        }
        if (rejection) {
          run.finish();
        } else {
          setServersReachable(true);
          if (done == asked.size()) {
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

    /** The value put for key i, or "" (what a missing key reads) if the main client did not put it. */
    private void expect(int client, int i, String value) {
      String expected = put[i] ? values.get(i) : "";
      if (!expected.equals(value)) {
        throw new AssertionError("client " + client + ": get(\"" + key(i) + "\") returned "
            + AppendChecks.shorten(value) + ", expected \"" + expected + "\"");
      }
    }
  }

  private static String key(int i) {
    return Integer.toString(i);
  }
}
