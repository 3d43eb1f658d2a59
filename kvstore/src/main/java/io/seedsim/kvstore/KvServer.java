package io.seedsim.kvstore;

import io.seedsim.kvstore.KvMessage.ClerkRequest;
import io.seedsim.kvstore.KvMessage.Forward;
import io.seedsim.kvstore.KvMessage.KvReply;
import io.seedsim.kvstore.KvMessage.Replicate;
import io.seedsim.kvstore.KvMessage.Status;
import io.seedsim.sim.Address;
import io.seedsim.sim.Message;
import io.seedsim.sim.Node;
import io.seedsim.sim.NodeContext;
import io.seedsim.sim.Promise;
import io.seedsim.sim.UnhandledMessageException;
import java.util.List;

/**
 * A key/value server of the lab. It answers for the shards it holds and rejects other keys with
 * {@link Status#WRONG_GROUP}. The shard's first server executes every operation, filtering
 * duplicates, and pushes each new value to the other replicas; a replica forwards clerks' requests
 * to the first server, so all replicas agree on one order (linearizability).
 */
public final class KvServer implements Node {

  private static final KvReply WRONG_GROUP = new KvReply(Status.WRONG_GROUP, null);
  private static final KvReply STALE = new KvReply(Status.STALE, null);
  /** The trace annotation's label where a server applies an operation or a replica's copy. */
  static final String APPLIED = "applied";
  private static final String NOT_FIRST = ", here at a replica, not at the shard's first server";
  private static final String NOT_MINE = ", here, though this server does not hold the key's shard";

  private final int index;
  private final ShardMap shards;
  private final List<Address> servers;
  private final KvTimings timings;
  private final Variant variant;
  private final KvStore store = new KvStore();
  private final DuplicateTable<Long> byClerk = new DuplicateTable<>();
  private final DuplicateTable<String> byKey = new DuplicateTable<>();
  private long executed;

  /** Server {@code index} of {@code servers} (all the cluster's addresses, in server order). */
  public KvServer(int index, ShardMap shards, List<Address> servers, KvTimings timings, Variant variant) {
    this.index = index;
    this.shards = shards;
    this.servers = List.copyOf(servers);
    this.timings = timings;
    this.variant = variant;
  }

  // Java 17 has no type patterns in switch: one instanceof chain per entry point stands in for it.

  @Override
  public void onMessage(NodeContext ctx, Address from, Message message) {
    if (message instanceof Replicate r) {
      if (store.applyReplica(r.key(), r.value(), r.version())) {
        ctx.annotate(APPLIED, () -> "copy of \"" + r.key() + "\" version " + r.version());
      }
    } else {
      throw new UnhandledMessageException(ctx.self(), message);
    }
  }

  @Override
  public Promise<? extends Message> onRequest(NodeContext ctx, Address from, Message request) {
    if (request instanceof ClerkRequest r) {
      return fromClerk(ctx, r);
    } else if (request instanceof Forward f) {
      return Promise.completed(fromReplica(ctx, f.request()));
    }
    throw new UnhandledMessageException(ctx.self(), request);
  }

  /** Entries in the duplicate table: at most one per clerk that ever called this server. */
  public int duplicateTableSize() {
    return byClerk.size() + byKey.size();
  }

  /** Operations this server executed as a first server (duplicates excluded). */
  public long executedOperations() {
    return executed;
  }

  private Promise<KvReply> fromClerk(NodeContext ctx, ClerkRequest r) {
    int shard = shards.shardOf(r.key());
    if (!serves(shard)) {
      return Promise.completed(variant == Variant.NO_SHARD_CHECK ? applyLocally(ctx, r, NOT_MINE) : WRONG_GROUP);
    }
    if (shards.firstServerOf(shard) == index) {
      return Promise.completed(execute(ctx, r));
    }
    boolean write = r.op() != KvOp.GET;
    if ((variant == Variant.LOCAL_READS && !write) || (variant == Variant.LOCAL_WRITES && write)) {
      return Promise.completed(applyLocally(ctx, r, NOT_FIRST));
    }
    Address first = servers.get(shards.firstServerOf(shard));
    return ctx.call(first, new Forward(r), KvReply.class, timings.rpcTimeoutMicros());
  }

  private KvReply fromReplica(NodeContext ctx, ClerkRequest r) {
    int shard = shards.shardOf(r.key());
    return shards.firstServerOf(shard) == index ? execute(ctx, r) : WRONG_GROUP;
  }

  private boolean serves(int shard) {
    if (variant == Variant.PRIMARY_ONLY) {
      return shards.firstServerOf(shard) == index;
    }
    return shards.holds(index, shard);
  }

  /** Executes at the first server, at most once per (clerk, seq). */
  private KvReply execute(NodeContext ctx, ClerkRequest r) {
    switch (variant) {
      case NO_DEDUP -> {
        return applyAndReplicate(ctx, r);
      }
      case DEDUP_BY_KEY -> {
        if (byKey.check(r.key(), r.seq()) instanceof DuplicateTable.Execute) {
          KvReply reply = applyAndReplicate(ctx, r);
          byKey.remember(r.key(), r.seq(), reply);
          return reply;
        }
        return byKey.lastReply(r.key());
      }
      default -> {
        DuplicateTable.Verdict verdict = byClerk.check(r.clerkId(), r.seq());
        if (verdict instanceof DuplicateTable.Repeat repeat) {
          return repeat.reply();
        } else if (verdict instanceof DuplicateTable.Stale) {
          return STALE;
        }
        KvReply reply = applyAndReplicate(ctx, r);
        byClerk.remember(r.clerkId(), r.seq(), reply);
        return reply;
      }
    }
  }

  private KvReply applyAndReplicate(NodeContext ctx, ClerkRequest r) {
    executed++;
    KvReply reply = applyLocally(ctx, r, "");
    if (r.op() != KvOp.GET) {
      Replicate copy = new Replicate(r.key(), store.get(r.key()), store.version(r.key()));
      for (int server : shards.replicasOf(shards.shardOf(r.key()))) {
        if (server != index) {
          ctx.send(servers.get(server), copy);
        }
      }
    }
    return reply;
  }

  /** Applies {@code r} to this server's store and marks it in the trace ({@code where}: why here). */
  private KvReply applyLocally(NodeContext ctx, ClerkRequest r, String where) {
    ctx.annotate(APPLIED, () -> r.describe() + where);
    String old = store.get(r.key());
    return switch (r.op()) {
      case GET -> new KvReply(Status.OK, old);
      case PUT -> {
        store.put(r.key(), r.value());
        yield new KvReply(Status.OK, null);
      }
      case APPEND -> {
        String updated = old + r.value();
        store.put(r.key(), updated);
        yield new KvReply(Status.OK, variant == Variant.APPEND_RETURNS_NEW ? updated : old);
      }
    };
  }
}
