package io.seedsim.scenarios.lab;

import io.seedsim.kvstore.ClerkSetup;
import io.seedsim.kvstore.KvCluster;
import io.seedsim.kvstore.KvImplementation;
import io.seedsim.kvstore.ShardMap;
import io.seedsim.sim.Address;
import io.seedsim.sim.run.Simulation;
import io.seedsim.testkit.history.HistoryRecorder;
import io.seedsim.testkit.history.RecordedCall;
import java.util.ArrayList;
import java.util.List;

/**
 * What a scenario's script works with during one run: the simulation, the cluster, the client
 * nodes, the history, and a fresh clerk id for every clerk it makes.
 */
final class LabRun {

  static final String CLIENT_GROUP = "client";

  final Simulation sim;
  final KvImplementation implementation;
  /** The client-visible history, recorded by the testkit's recorder (and so in the trace). */
  final HistoryRecorder history = new HistoryRecorder();
  private final List<Address> clients = new ArrayList<>();
  private List<Address> servers = List.of();
  private ShardMap shards;
  private long nextClerkId = 1;
  private String lateFailure;

  LabRun(Simulation sim, KvImplementation implementation) {
    this.sim = sim;
    this.implementation = implementation;
  }

  List<Address> startCluster(ShardMap shards) {
    this.shards = shards;
    this.servers = KvCluster.start(sim, shards, implementation);
    return servers;
  }

  List<Address> servers() {
    return servers;
  }

  List<Address> clients() {
    return List.copyOf(clients);
  }

  /** Adds client node "client-INDEX"; add them all before the run starts. */
  ClientNode addClient(int index) {
    ClientNode node = new ClientNode();
    clients.add(sim.addNode(Address.of(CLIENT_GROUP, index), () -> node));
    return node;
  }

  /** A new clerk (new clerk id) on {@code node} that knows the real cluster. */
  LabClerk clerk(ClientNode node, int client) {
    return clerk(node, client, shards, servers);
  }

  /** A new clerk that believes the cluster is {@code believed}, reaching only {@code reachable}. */
  LabClerk clerk(ClientNode node, int client, ShardMap believed, List<Address> reachable) {
    var clerk = implementation.clerk(new ClerkSetup(node.context(), nextClerkId++, believed, reachable));
    if (clerk == null) {
      throw new IllegalStateException("the implementation made no clerk (clerk(...) returned null)");
    }
    return new LabClerk(client, clerk, node.context(), history);
  }

  /** The history as the lab's checks read it. */
  List<HistoryEntry> entries() {
    return history.calls().stream().map(LabRun::entry).toList();
  }

  private static HistoryEntry entry(RecordedCall c) {
    return new HistoryEntry(c.id(), c.client(), c.function(), c.key(), (String) c.value(), (String) c.output(),
        c.callMicros(), c.returned() ? c.returnMicros() : null);
  }

  /** Clerks made so far: the most entries a duplicate table may hold. */
  long clerksMade() {
    return nextClerkId - 1;
  }

  /** The script is done: the run ends after the current event. */
  void finish() {
    sim.stop();
  }

  /** Ends the run as failed with {@code reason}, from a timer or callback that must not throw. */
  void failLater(String reason) {
    if (lateFailure == null) {
      lateFailure = reason;
    }
    sim.stop();
  }

  String lateFailure() {
    return lateFailure;
  }
}
