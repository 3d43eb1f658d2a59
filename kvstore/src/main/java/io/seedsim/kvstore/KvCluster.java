package io.seedsim.kvstore;

import io.seedsim.sim.Address;
import io.seedsim.sim.run.Simulation;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** Registers a lab cluster's servers, "server-0" .. "server-(N-1)", on a simulation. */
public final class KvCluster {

  public static final String SERVER_GROUP = "server";

  private KvCluster() {}

  /** The reference servers; their addresses, in server order. */
  public static List<Address> start(Simulation sim, ShardMap shards, KvTimings timings, Variant variant) {
    return start(sim, shards, new ReferenceKv(variant, timings));
  }

  /**
   * The servers of {@code implementation}; their addresses, in server order. A restart rebuilds a
   * server from scratch.
   */
  public static List<Address> start(Simulation sim, ShardMap shards, KvImplementation implementation) {
    List<Address> servers = addresses(shards.servers());
    List<Address> registered = new ArrayList<>();
    for (int i = 0; i < servers.size(); i++) {
      ServerSetup setup = new ServerSetup(i, shards, servers);
      registered.add(sim.addNode(servers.get(i), () -> implementation.server(setup)));
    }
    return List.copyOf(registered);
  }

  public static List<Address> addresses(int count) {
    return IntStream.range(0, count).mapToObj(i -> Address.of(SERVER_GROUP, i)).toList();
  }
}
