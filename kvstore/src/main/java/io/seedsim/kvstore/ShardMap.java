package io.seedsim.kvstore;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Static sharding as in the lab: N servers hold N shards; shard s lives on servers s, s+1, ...,
 * s+R-1 (mod N), and server s, its first server, orders every operation on it.
 *
 * <p>The shard of a key is {@code int(key) mod N} for a decimal integer key (any size, optional
 * sign, Python's non-negative modulo). Any other key (the lab's "k") goes to {@code
 * floorMod(key.hashCode(), N)}: String.hashCode is fixed by the Java spec, so the rule is the same
 * on every JVM and never throws.
 */
public record ShardMap(int servers, int replicas) {

  public ShardMap {
    if (servers < 1) {
      throw new IllegalArgumentException("a cluster needs at least 1 server, got " + servers);
    }
    if (replicas < 1 || replicas > servers) {
      throw new IllegalArgumentException("replicas must be in 1.." + servers + ", got " + replicas);
    }
  }

  public int shardOf(String key) {
    if (isInteger(key)) {
      if (key.length() < 10) {
        return Math.floorMod(Integer.parseInt(key), servers);
      }
      return new BigInteger(key).mod(BigInteger.valueOf(servers)).intValue();
    }
    return Math.floorMod(key.hashCode(), servers);
  }

  /** Optional sign, then at least one ASCII digit, nothing else (a hand scan: this runs per request). */
  static boolean isInteger(String key) {
    int start = !key.isEmpty() && (key.charAt(0) == '+' || key.charAt(0) == '-') ? 1 : 0;
    if (start == key.length()) {
      return false;
    }
    for (int i = start; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** The shard's servers in the order a clerk tries them: the first server, then its successors. */
  public List<Integer> replicasOf(int shard) {
    List<Integer> order = new ArrayList<>(replicas);
    for (int i = 0; i < replicas; i++) {
      order.add((shard + i) % servers);
    }
    return order;
  }

  public int firstServerOf(int shard) {
    return shard;
  }

  public boolean holds(int server, int shard) {
    return Math.floorMod(server - shard, servers) < replicas;
  }
}
