package io.seedsim.scenarios.lab;

import io.seedsim.kvstore.ShardMap;
import io.seedsim.sim.Promise;
import io.seedsim.sim.SimRandom;
import io.seedsim.sim.run.FaultPlan;
import io.seedsim.testkit.client.ClientLoop;
import io.seedsim.testkit.client.ClientOp;
import io.seedsim.testkit.client.Generator;
import io.seedsim.testkit.client.Stop;
import io.seedsim.testkit.client.ThinkTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The lab's generic_test (TestBasic, TestConcurrent, TestUnreliable, TestUnreliableShards).
 * Three iterations of one virtual second: each worker client gets a fresh clerk, resets its own
 * key ("0", "1", ...) with put(key, ""), then until the second ends appends "x CLI J y" (about half
 * the time) or gets; an append's old value must hold the previous element and not the new one,
 * and a get must equal what the client last saw. After each second the main client (number
 * NCLIENTS) reads each worker's key and checks every append is there once, in order. The checks
 * are fatal (as the lab intends; the Python suite only prints them) and the whole history is
 * checked for linearizability.
 */
final class GenericScenario extends LabScenario {

  static final int ITERATIONS = 3;
  static final long ITERATION_MICROS = 1_000_000;

  private final int workers;
  private final ShardMap shards;
  private final boolean unreliable;

  GenericScenario(String name, String description, HistoryCheck check, int workers, ShardMap shards, boolean unreliable) {
    super(name, description, check);
    this.workers = workers;
    this.shards = shards;
    this.unreliable = unreliable;
  }

  @Override
  FaultPlan faultPlan(long seed) {
    return unreliable ? LabNetwork.unreliable() : LabNetwork.reliable();
  }

  @Override
  long budgetMicros() {
    return 30_000_000;
  }

  @Override
  void start(LabRun run) {
    run.startCluster(shards);
    // Whether worker cli exists: a choice for the shrinker (fewer clients); a seed says yes, no draw.
    SimRandom workload = run.sim.random("workload");
    List<ClientNode> workerNodes = new ArrayList<>(); // null: a shrunk case left that worker out
    for (int cli = 0; cli < workers; cli++) {
      workerNodes.add(workload.fork("client-" + cli).proceed() ? run.addClient(cli) : null);
    }
    ClientNode mainNode = run.addClient(workers);
    run.sim.at(0, () -> new Script(run, workerNodes, run.clerk(mainNode, workers)).iteration(0));
  }

  /** The main thread of generic_test. */
  private final class Script {
    private final LabRun run;
    private final List<ClientNode> workerNodes;
    private final LabClerk main;
    private boolean done;

    Script(LabRun run, List<ClientNode> workerNodes, LabClerk main) {
      this.run = run;
      this.workerNodes = workerNodes;
      this.main = main;
    }

    void iteration(int i) {
      if (i == ITERATIONS) {
        run.finish();
        return;
      }
      done = false;
      List<Promise<Integer>> appendCounts = new ArrayList<>();
      for (int cli = 0; cli < workers; cli++) {
        ClientNode node = workerNodes.get(cli);
        if (node == null) {
          appendCounts.add(null);
          continue;
        }
        // The reset put of the first iteration writes "" over a key nobody has written, which a
        // correct store already reads as "": a choice for the shrinker (leave it out); a seed says
        // yes, no draw. Later iterations need it, to clear the iteration before.
        boolean reset = i > 0 || node.context().random().fork("reset").proceed();
        appendCounts.add(new Worker(cli, run.clerk(node, cli), node.context().random(), reset).start());
      }
      main.context().sleep(ITERATION_MICROS, "iteration-end").whenComplete((v, e) -> {
        done = true;
        checkAll(i, appendCounts, 0);
      });
    }

    /** Waits for each worker in turn, then reads its key and checks its appends. */
    private void checkAll(int i, List<Promise<Integer>> appendCounts, int cli) {
      if (cli == workers) {
        iteration(i + 1);
        return;
      }
      if (appendCounts.get(cli) == null) { // no such worker: nothing to check
        checkAll(i, appendCounts, cli + 1);
        return;
      }
      appendCounts.get(cli).whenComplete((count, e1) -> {
        String key = Integer.toString(cli);
        main.get(key).whenComplete((value, e2) -> {
          String problem = AppendChecks.clientAppends(cli, value, count);
          if (problem != null) {
            throw new AssertionError("client " + main.client() + ": get(\"" + key + "\") after iteration " + i
                + " returned " + AppendChecks.shorten(value) + ": " + problem);
          }
          checkAll(i, appendCounts, cli + 1);
        });
      });
    }

    /** One worker thread of one iteration. */
    private final class Worker {
      private final int cli;
      private final String key;
      private final LabClerk clerk;
      private final SimRandom random;
      private final Promise<Integer> appends = Promise.pending();
      private int j;
      private final boolean reset;
      private String last = "";

      Worker(int cli, LabClerk clerk, SimRandom random, boolean reset) {
        this.cli = cli;
        this.key = Integer.toString(cli);
        this.clerk = clerk;
        this.random = random;
        this.reset = reset;
      }

      /**
       * Runs the worker as a testkit client loop: put(key, "") first when it resets its key (as a
       * first operation, so a shrunk case that keeps it keeps it first), then appends and gets
       * until the second ends.
       */
      Promise<Integer> start() {
        Generator ops = draw -> draw.random().intInclusive(0, 1000) < 500
            ? ClientOp.of("append", key, AppendChecks.element(cli, j))
            : ClientOp.of("get", key, null);
        new ClientLoop(cli, clerk.context(), random, ops, ThinkTime.NONE, Stop.when(() -> done), (ctx, op) -> perform(op),
            null, workers)
            .first(reset ? List.of(ClientOp.of("put", key, "")) : List.of())
            .start()
            .whenComplete((n, e) -> appends.complete(j));
        return appends;
      }

      /** The lab's checks of each answer, before the loop moves on. */
      private Promise<?> perform(ClientOp op) {
        Promise<Object> checked = Promise.pending();
        switch (op.function()) {
          case "put" -> clerk.put(key, (String) op.value()).whenComplete((v, e) -> checked.complete(null));
          case "append" -> {
            String element = (String) op.value();
            clerk.append(key, element).whenComplete((old, e) -> {
              checkAppend(element, old);
              last += element;
              j++;
              checked.complete(old);
            });
          }
          default -> clerk.get(key).whenComplete((value, e) -> {
            if (!value.equals(last)) {
              throw new AssertionError("client " + cli + ": get(\"" + key + "\") returned " + AppendChecks.shorten(value)
                  + " but the client last saw " + AppendChecks.shorten(last));
            }
            checked.complete(value);
          });
        }
        return checked;
      }

      /**
       * Only this client writes its key, so the old value must be exactly what it last saw: that
       * implies the lab's two checks (previous element present, new one absent) and is cheaper.
       */
      private void checkAppend(String element, String old) {
        if (old.equals(last)) {
          return;
        }
        String what = "client " + cli + ": append(\"" + key + "\", \"" + element + "\") returned old value "
            + AppendChecks.shorten(old);
        if (j > 0 && !old.contains(AppendChecks.element(cli, j - 1))) {
          throw new AssertionError(what + " missing \"" + AppendChecks.element(cli, j - 1) + "\"");
        }
        if (old.contains(element)) {
          throw new AssertionError(what + " that already holds the new element");
        }
        throw new AssertionError(what + " but the client last saw " + AppendChecks.shorten(last));
      }
    }
  }
}
