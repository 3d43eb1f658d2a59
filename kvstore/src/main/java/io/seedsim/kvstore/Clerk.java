package io.seedsim.kvstore;

import io.seedsim.kvstore.KvMessage.ClerkRequest;
import io.seedsim.kvstore.KvMessage.KvReply;
import io.seedsim.kvstore.KvMessage.Status;
import io.seedsim.sim.Address;
import io.seedsim.sim.NodeContext;
import io.seedsim.sim.Promise;
import io.seedsim.sim.RpcTimeoutException;
import java.util.List;

/**
 * A client's handle on the cluster, living on a client node. One operation at a time (as the lab
 * assumes): each gets the next sequence number, and is retried until some replica of its shard
 * answers, trying the shard's first server, then the next replicas in turn, with a short back-off
 * after each timeout or rejection. There is no limit: a clerk retries until the run ends.
 */
public final class Clerk implements KvClerk {

  private final NodeContext ctx;
  private final long clerkId;
  private final ShardMap shards;
  private final List<Address> servers;
  private final KvTimings timings;
  private final Variant variant;
  private long lastSeq;
  private boolean busy;

  /**
   * @param shards the cluster as this clerk believes it to be (the rejection test gives a wrong one)
   * @param servers the server addresses, in server order
   */
  public Clerk(NodeContext ctx, long clerkId, ShardMap shards, List<Address> servers, KvTimings timings, Variant variant) {
    if (servers.size() != shards.servers()) {
      throw new IllegalArgumentException(
          "clerk " + clerkId + ": " + servers.size() + " server addresses for a map of " + shards.servers() + " servers");
    }
    this.ctx = ctx;
    this.clerkId = clerkId;
    this.shards = shards;
    this.servers = List.copyOf(servers);
    this.timings = timings;
    this.variant = variant;
  }

  /** The key's value, or "" if it has none. */
  @Override
  public Promise<String> get(String key) {
    return submit(KvOp.GET, key, null).then(KvReply::value);
  }

  @Override
  public Promise<Void> put(String key, String value) {
    return submit(KvOp.PUT, key, value).then(reply -> null);
  }

  /** Appends {@code arg} and returns the value before it. */
  @Override
  public Promise<String> append(String key, String arg) {
    return submit(KvOp.APPEND, key, arg).then(KvReply::value);
  }

  public long clerkId() {
    return clerkId;
  }

  private Promise<KvReply> submit(KvOp op, String key, String value) {
    if (busy) {
      throw new IllegalStateException("clerk " + clerkId + " was given a second operation before the first returned");
    }
    busy = true;
    boolean reuse = variant == Variant.REUSE_SEQ && op == KvOp.GET && lastSeq > 0;
    long seq = reuse ? lastSeq : ++lastSeq;
    ClerkRequest request = new ClerkRequest(op, key, value, clerkId, seq);
    Promise<KvReply> result = Promise.pending();
    attempt(request, shards.replicasOf(shards.shardOf(key)), 0, result);
    return result;
  }

  private void attempt(ClerkRequest request, List<Integer> replicas, int turn, Promise<KvReply> result) {
    Address to = servers.get(replicas.get(turn % replicas.size()));
    ctx.call(to, request, KvReply.class, timings.rpcTimeoutMicros()).whenComplete((reply, error) -> {
      if (error == null && reply.status() == Status.OK) {
        finish(result, reply, null);
      } else if (error == null && reply.status() == Status.STALE) {
        finish(result, null, new IllegalStateException(to + " called the current request stale: " + request.describe()));
      } else if (error != null && !(error instanceof RpcTimeoutException)) {
        finish(result, null, error);
      } else {
        ctx.sleep(timings.backoffMicros(), "backoff").whenComplete((v, e) -> attempt(request, replicas, turn + 1, result));
      }
    });
  }

  private void finish(Promise<KvReply> result, KvReply reply, Throwable error) {
    busy = false;
    if (error == null) {
      result.complete(reply);
    } else {
      result.fail(error);
    }
  }
}
