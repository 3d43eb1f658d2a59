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

  /** The servers' addresses, in server order. Each restart would rebuild a server from scratch. */
  public static List<Address> start(Simulation sim, ShardMap shards, KvTimings timings, Variant variant) {
    List<Address> servers = addresses(shards.servers());
    List<Address> registered = new ArrayList<>();
    for (int i = 0; i < servers.size(); i++) {
      int index = i;
      registered.add(sim.addNode(servers.get(i), () -> new KvServer(index, shards, servers, timings, variant)));
    }
    return List.copyOf(registered);
  }

  public static List<Address> addresses(int count) {
    return IntStream.range(0, count).mapToObj(i -> Address.of(SERVER_GROUP, i)).toList();
  }
}
