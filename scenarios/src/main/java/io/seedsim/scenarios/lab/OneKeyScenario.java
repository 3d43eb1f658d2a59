package io.seedsim.scenarios.lab;

import io.seedsim.kvstore.ShardMap;
import io.seedsim.sim.run.FaultPlan;
import java.util.ArrayList;
import java.util.List;

/**
 * TestUnreliableOneKey: one server, unreliable network. The main client (number 5) puts "k" = "",
 * then 5 clients, each with a fresh clerk, append "x ME N y" to "k" for N = 0..9; an old value must
 * not hold the client's new element. When all are done the main client reads "k": all 50 elements
 * exactly once, each client's in order.
 */
final class OneKeyScenario extends LabScenario {

  static final String KEY = "k";
  static final int CLIENTS = 5;
  static final int APPENDS = 10;

  OneKeyScenario(HistoryCheck check) {
    super("unreliable-one-key",
        "TestUnreliableOneKey: 1 server, unreliable net, 5 clients append 10 elements each to one key",
        check);
  }

  @Override
  FaultPlan faultPlan(long seed) {
    return LabNetwork.unreliable();
  }

  @Override
  long budgetMicros() {
    return 60_000_000;
  }

  @Override
  void start(LabRun run) {
    run.startCluster(new ShardMap(1, 1));
    List<ClientNode> nodes = new ArrayList<>();
    for (int me = 0; me < CLIENTS; me++) {
      nodes.add(run.addClient(me));
    }
    ClientNode mainNode = run.addClient(CLIENTS);
    run.sim.at(0, () -> {
      LabClerk main = run.clerk(mainNode, CLIENTS);
      main.put(KEY, "").whenComplete((v, e) -> {
        int[] finished = {0};
        for (int me = 0; me < CLIENTS; me++) {
          appendAll(run.clerk(nodes.get(me), me), 0, () -> {
            if (++finished[0] == CLIENTS) {
              main.get(KEY).whenComplete((value, e2) -> {
                checkAll(main, value);
                run.finish();
              });
            }
          });
        }
      });
    });
  }

  private static void appendAll(LabClerk clerk, int n, Runnable whenDone) {
    if (n == APPENDS) {
      whenDone.run();
      return;
    }
    String element = AppendChecks.element(clerk.client(), n);
    clerk.append(KEY, element).whenComplete((old, e) -> {
      if (old.contains(element)) {
        throw new AssertionError("client " + clerk.client() + ": append(\"" + KEY + "\", \"" + element
            + "\") returned old value " + AppendChecks.shorten(old) + " that already holds the new element");
      }
      appendAll(clerk, n + 1, whenDone);
    });
  }

  private static void checkAll(LabClerk main, String value) {
    for (int me = 0; me < CLIENTS; me++) {
      String problem = AppendChecks.clientAppends(me, value, APPENDS);
      if (problem != null) {
        throw new AssertionError("client " + main.client() + ": final get(\"" + KEY + "\") returned "
            + AppendChecks.shorten(value) + ": " + problem);
      }
    }
  }
}
