package io.seedsim.scenarios.lab;

import io.seedsim.kvstore.Clerk;
import io.seedsim.kvstore.KvCluster;
import io.seedsim.kvstore.KvTimings;
import io.seedsim.kvstore.ShardMap;
import io.seedsim.kvstore.Variant;
import io.seedsim.sim.Address;
import io.seedsim.sim.run.Simulation;
import java.util.ArrayList;
import java.util.List;

/**
 * What a scenario's script works with during one run: the simulation, the cluster, the client
 * nodes, the history, and a fresh clerk id for every clerk it makes.
 */
final class LabRun {

  static final String CLIENT_GROUP = "client";

  final Simulation sim;
  final Variant variant;
  final KvTimings timings;
  final History history = new History();
  private final List<Address> clients = new ArrayList<>();
  private List<Address> servers = List.of();
  private ShardMap shards;
  private long nextClerkId = 1;
  private String lateFailure;

  LabRun(Simulation sim, Variant variant, KvTimings timings) {
    this.sim = sim;
    this.variant = variant;
    this.timings = timings;
  }

  List<Address> startCluster(ShardMap shards) {
    this.shards = shards;
    this.servers = KvCluster.start(sim, shards, timings, variant);
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
    Clerk clerk = new Clerk(node.context(), nextClerkId++, believed, reachable, timings, variant);
    return new LabClerk(client, clerk, node.context(), history);
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
