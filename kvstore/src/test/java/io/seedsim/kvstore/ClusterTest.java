package io.seedsim.kvstore;

import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.kvstore.KvMessage.ClerkRequest;
import io.seedsim.kvstore.KvMessage.KvReply;
import io.seedsim.kvstore.KvMessage.Status;
import io.seedsim.sim.Address;
import io.seedsim.sim.Node;
import io.seedsim.sim.NodeContext;
import io.seedsim.sim.Promise;
import io.seedsim.sim.run.DelayModel;
import io.seedsim.sim.run.FaultPlan;
import io.seedsim.sim.run.LinkFaults;
import io.seedsim.sim.run.LinkSelector;
import io.seedsim.sim.run.RunStatus;
import io.seedsim.sim.run.Simulation;
import io.seedsim.sim.run.Trace;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Servers and clerks on a simulated network, driven by a scripted client node. */
class ClusterTest {

  private static final Address CLIENT = Address.of("client", 0);
  private static final long SECOND = 1_000_000;

  /** A client node that runs a script when it starts. */
  private static final class ScriptedClient implements Node {
    private final Consumer<NodeContext> script;

    ScriptedClient(Consumer<NodeContext> script) {
      this.script = script;
    }

    @Override
    public void onStart(NodeContext ctx) {
      script.accept(ctx);
    }
  }

  private static Simulation simulation(long seed, FaultPlan plan) {
    return new Simulation(seed, plan, Trace.Mode.HASH_ONLY);
  }

  @Test
  void appendsHappenExactlyOnceWhenEveryRequestIsDuplicatedAndHalfTheRepliesAreLost() {
    LinkFaults requests = LinkFaults.lossy(0.2, 0, DelayModel.uniform(0, 20_000)).withDuplicates(1.0);
    LinkFaults replies = LinkFaults.lossy(0, 0.5, DelayModel.uniform(0, 20_000));
    FaultPlan plan = FaultPlan.builder()
        .links("requests", LinkSelector.between("client", "server"), requests)
        .links("replies", LinkSelector.between("server", "client"), replies)
        .build();
    for (long seed = 0; seed < 20; seed++) {
      Simulation sim = simulation(seed, plan);
      ShardMap shards = new ShardMap(1, 1);
      List<Address> servers = KvCluster.start(sim, shards, KvTimings.LAB, Variant.CORRECT);
      List<String> olds = new ArrayList<>();
      String[] finalValue = {null};
      sim.addNode(CLIENT, () -> new ScriptedClient(ctx -> {
        Clerk clerk = new Clerk(ctx, 1, shards, servers, KvTimings.LAB, Variant.CORRECT);
        appendMany(clerk, 0, 20, olds).compose(v -> clerk.get("a")).whenComplete((v, e) -> finalValue[0] = v);
      }));
      assertThat(sim.run(60 * SECOND, 1_000_000)).isEqualTo(RunStatus.QUIESCENT);
      String expected = "0;1;2;3;4;5;6;7;8;9;10;11;12;13;14;15;16;17;18;19;";
      assertThat(finalValue[0]).as("seed %d", seed).isEqualTo(expected);
      assertThat(olds.get(19)).isEqualTo(expected.substring(0, expected.lastIndexOf("19;")));
      KvServer server = sim.node(servers.get(0), KvServer.class);
      assertThat(server.executedOperations()).isEqualTo(21);
      assertThat(server.duplicateTableSize()).isEqualTo(1);
    }
  }

  private static Promise<Void> appendMany(Clerk clerk, int n, int count, List<String> olds) {
    if (n == count) {
      return Promise.completed(null);
    }
    return clerk.append("a", n + ";").compose(old -> {
      olds.add(old);
      return appendMany(clerk, n + 1, count, olds);
    });
  }

  @Test
  void aServerRejectsKeysOfShardsItDoesNotHoldAndTheClerkKeepsRetrying() {
    Simulation sim = simulation(1, FaultPlan.NONE);
    ShardMap real = new ShardMap(3, 2);
    List<Address> servers = KvCluster.start(sim, real, KvTimings.LAB, Variant.CORRECT);
    List<String> answers = new ArrayList<>();
    sim.addNode(CLIENT, () -> new ScriptedClient(ctx -> {
      // This clerk believes server 0 holds everything, as in TestRejection.
      ShardMap believed = new ShardMap(1, 1);
      new Clerk(ctx, 1, believed, servers.subList(0, 1), KvTimings.LAB, Variant.CORRECT).get("1").whenComplete((v, e) -> answers.add("1"));
      new Clerk(ctx, 2, believed, servers.subList(0, 1), KvTimings.LAB, Variant.CORRECT).get("2").whenComplete((v, e) -> answers.add("2"));
    }));
    assertThat(sim.run(2 * SECOND, 1_000_000)).isEqualTo(RunStatus.TIME_BUDGET_SPENT);
    // Shard 2 lives on servers 2 and 0: server 0 forwards it to server 2. Shard 1 is not on server 0.
    assertThat(answers).containsExactly("2");
    assertThat(sim.node(servers.get(2), KvServer.class).executedOperations()).isEqualTo(1);
    assertThat(sim.node(servers.get(0), KvServer.class).executedOperations()).isZero();
  }

  @Test
  void aLateCopyOfAnOlderRequestIsNeverExecuted() {
    Simulation sim = simulation(2, FaultPlan.NONE);
    ShardMap shards = new ShardMap(1, 1);
    List<Address> servers = KvCluster.start(sim, shards, KvTimings.LAB, Variant.CORRECT);
    List<KvReply> replies = new ArrayList<>();
    sim.addNode(CLIENT, () -> new ScriptedClient(ctx -> {
      Address server = servers.get(0);
      ctx.call(server, new ClerkRequest(KvOp.APPEND, "a", "new;", 9, 2), KvReply.class, SECOND)
          .compose(r -> {
            replies.add(r);
            return ctx.call(server, new ClerkRequest(KvOp.APPEND, "a", "old;", 9, 1), KvReply.class, SECOND);
          })
          .compose(r -> {
            replies.add(r);
            return ctx.call(server, new ClerkRequest(KvOp.GET, "a", null, 9, 3), KvReply.class, SECOND);
          })
          .whenComplete((r, e) -> replies.add(r));
    }));
    sim.run(10 * SECOND, 10_000);
    assertThat(replies).containsExactly(
        new KvReply(Status.OK, ""), new KvReply(Status.STALE, null), new KvReply(Status.OK, "new;"));
  }

  @Test
  void aReplicaForwardsToTheShardsFirstServerWhichOrdersEveryOperation() {
    Simulation sim = simulation(3, FaultPlan.NONE);
    ShardMap shards = new ShardMap(3, 2);
    List<Address> servers = KvCluster.start(sim, shards, KvTimings.LAB, Variant.CORRECT);
    List<String> values = new ArrayList<>();
    sim.addNode(CLIENT, () -> new ScriptedClient(ctx -> {
      // Server 1 is the second replica of shard 0 (key "3").
      ctx.call(servers.get(1), new ClerkRequest(KvOp.PUT, "3", "v", 1, 1), KvReply.class, SECOND)
          .compose(r -> ctx.call(servers.get(0), new ClerkRequest(KvOp.GET, "3", null, 1, 2), KvReply.class, SECOND))
          .whenComplete((r, e) -> values.add(r.value()));
    }));
    sim.run(10 * SECOND, 10_000);
    assertThat(values).containsExactly("v");
    assertThat(sim.node(servers.get(0), KvServer.class).executedOperations()).isEqualTo(2);
    assertThat(sim.node(servers.get(1), KvServer.class).executedOperations()).isZero();
  }

  @Test
  void theLocalWritesVariantAppliesAtTheReplicaWithoutTheFirstServer() {
    Simulation sim = simulation(4, FaultPlan.NONE);
    ShardMap shards = new ShardMap(3, 2);
    List<Address> servers = KvCluster.start(sim, shards, KvTimings.LAB, Variant.LOCAL_WRITES);
    List<String> values = new ArrayList<>();
    sim.addNode(CLIENT, () -> new ScriptedClient(ctx ->
        ctx.call(servers.get(1), new ClerkRequest(KvOp.PUT, "3", "v", 1, 1), KvReply.class, SECOND)
            .compose(r -> ctx.call(servers.get(0), new ClerkRequest(KvOp.GET, "3", null, 1, 2), KvReply.class, SECOND))
            .whenComplete((r, e) -> values.add(r.value()))));
    sim.run(10 * SECOND, 10_000);
    assertThat(values).containsExactly("");
  }
}
