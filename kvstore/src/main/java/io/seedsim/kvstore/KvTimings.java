package io.seedsim.kvstore;

/**
 * The clerk's and servers' clocks, in virtual microseconds.
 *
 * @param rpcTimeoutMicros how long a clerk (or a replica forwarding) waits for a reply; above
 *     any round trip of the lab's network, so the lab never sees a late duplicate
 * @param backoffMicros how long a clerk waits after a timeout or a rejection before the next try
 */
public record KvTimings(long rpcTimeoutMicros, long backoffMicros) {

  public static final KvTimings LAB = new KvTimings(100_000, 5_000);

  public KvTimings {
    if (rpcTimeoutMicros <= 0 || backoffMicros <= 0) {
      throw new IllegalArgumentException(
          "timings must be > 0 us, got rpcTimeoutMicros " + rpcTimeoutMicros + ", backoffMicros " + backoffMicros);
    }
  }
}
