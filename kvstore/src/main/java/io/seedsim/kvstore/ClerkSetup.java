package io.seedsim.kvstore;

import io.seedsim.sim.Address;
import io.seedsim.sim.NodeContext;
import java.util.List;

/**
 * What a clerk is built with.
 *
 * @param ctx the client node the clerk lives on: its calls, timers and random stream
 * @param clerkId a number no other clerk of the run has (use it to tell clerks apart, or draw
 *     your own from {@code ctx.random()})
 * @param shards the cluster as this clerk believes it to be (TestRejection gives a wrong one)
 * @param servers the server addresses the clerk can reach, in server order, one per server of
 *     {@code shards}
 */
public record ClerkSetup(NodeContext ctx, long clerkId, ShardMap shards, List<Address> servers) {
  public ClerkSetup {
    servers = List.copyOf(servers);
    if (servers.size() != shards.servers()) {
      throw new IllegalArgumentException(
          "clerk " + clerkId + ": " + servers.size() + " server addresses for a map of " + shards.servers() + " servers");
    }
  }
}
