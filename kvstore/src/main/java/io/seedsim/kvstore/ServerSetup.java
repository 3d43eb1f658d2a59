package io.seedsim.kvstore;

import io.seedsim.sim.Address;
import java.util.List;

/**
 * What a server is built with.
 *
 * @param index this server's number: it is {@code servers.get(index)}
 * @param shards the cluster's layout: N servers and shards, R replicas, shard = int(key) % N
 * @param servers every server's address, in server order (for forwarding and replication)
 */
public record ServerSetup(int index, ShardMap shards, List<Address> servers) {
  public ServerSetup {
    servers = List.copyOf(servers);
    if (index < 0 || index >= servers.size()) {
      throw new IllegalArgumentException("server index " + index + " outside 0.." + (servers.size() - 1));
    }
  }

  /** This server's own address. */
  public Address self() {
    return servers.get(index);
  }
}
