package io.seedsim.scenarios.course.student;

/** The lab's static placement: shard = int(key) % N, on servers s, s+1, ..., s+R-1 (mod N). */
final class Shards {
  private Shards() {}

  static int of(String key, int servers) {
    try {
      return Math.floorMod(Integer.parseInt(key), servers);
    } catch (NumberFormatException notANumber) {
      return Math.floorMod(key.hashCode(), servers); // the lab's "k"
    }
  }

  static boolean holds(int server, int shard, int servers, int replicas) {
    return Math.floorMod(server - shard, servers) < replicas;
  }
}
