package io.seedsim.kvstore;

import io.seedsim.kvstore.KvMessage.ClerkRequest;
import io.seedsim.kvstore.KvMessage.Forward;
import io.seedsim.kvstore.KvMessage.KvReply;
import io.seedsim.kvstore.KvMessage.Replicate;
import io.seedsim.kvstore.KvMessage.Status;
import io.seedsim.sim.Address;
import io.seedsim.sim.Disk;
import io.seedsim.sim.Message;
import io.seedsim.sim.Node;
import io.seedsim.sim.NodeContext;
import io.seedsim.sim.Promise;
import io.seedsim.sim.UnhandledMessageException;
import java.util.List;

/**
 * The lab's server made to survive crashes: as a shard's first server it appends every write it
 * executes to a log on its disk ("log:1", "log:2", ...) and replies only once the record is
 * synced; a restarted server replays the log into its store and duplicate table before it answers
 * anything. Executions are serialized, so no reply ever shows state that is not yet durable. Gets
 * are not logged: losing a get's duplicate-table entry only lets a retransmitted get run again,
 * inside the same pending operation. Replicas keep their copies in memory only (clients read and
 * write through the first server). Variant {@link Variant#ACK_BEFORE_FSYNC} replies at once and
 * writes the log behind the reply.
 */
public final class DurableKvServer implements Node {

  static final String LOG_PREFIX = "log:";
  /** How long to wait before retrying a disk operation that failed. */
  static final long RETRY_MICROS = 1_000;
  /** A record that does not decode is read again this often before it counts as torn: bit flips are transient. */
  static final int READ_TRIES = 5;

  private static final KvReply WRONG_GROUP = new KvReply(Status.WRONG_GROUP, null);
  private static final KvReply STALE = new KvReply(Status.STALE, null);

  private final int index;
  private final ShardMap shards;
  private final List<Address> servers;
  private final KvTimings timings;
  private final Variant variant;
  private final KvStore store = new KvStore();
  private final DuplicateTable<Long> byClerk = new DuplicateTable<>();
  private boolean ready;
  private long nextSlot = 1;
  private long lastChecksum;
  /** The last execution in line: each one starts when the one before it is durable. */
  private Promise<Void> tail = Promise.completed(null);

  public DurableKvServer(int index, ShardMap shards, List<Address> servers, KvTimings timings, Variant variant) {
    this.index = index;
    this.shards = shards;
    this.servers = List.copyOf(servers);
    this.timings = timings;
    this.variant = variant;
  }

  @Override
  public void onStart(NodeContext ctx) {
    if (ctx.restarted()) {
      recover(ctx, 0);
    } else {
      ready = true;
    }
  }

  @Override
  public void onMessage(NodeContext ctx, Address from, Message message) {
    if (message instanceof Replicate r) {
      store.applyReplica(r.key(), r.value(), r.version());
    } else {
      throw new UnhandledMessageException(ctx.self(), message);
    }
  }

  @Override
  public Promise<? extends Message> onRequest(NodeContext ctx, Address from, Message request) {
    if (!ready) {
      return Promise.failed(new IllegalStateException(ctx.self() + " is still replaying its log")); // no reply
    }
    if (request instanceof ClerkRequest r) {
      return fromClerk(ctx, r);
    } else if (request instanceof Forward f) {
      int shard = shards.shardOf(f.request().key());
      return shards.firstServerOf(shard) == index ? execute(ctx, f.request()) : Promise.completed(WRONG_GROUP);
    }
    throw new UnhandledMessageException(ctx.self(), request);
  }

  /** Log records replayed or written so far. */
  public long logLength() {
    return nextSlot - 1;
  }

  private Promise<KvReply> fromClerk(NodeContext ctx, ClerkRequest r) {
    int shard = shards.shardOf(r.key());
    if (!shards.holds(index, shard)) {
      return Promise.completed(WRONG_GROUP);
    }
    if (shards.firstServerOf(shard) == index) {
      return execute(ctx, r);
    }
    return ctx.call(servers.get(shards.firstServerOf(shard)), new Forward(r), KvReply.class, timings.rpcTimeoutMicros());
  }

  private Promise<KvReply> execute(NodeContext ctx, ClerkRequest r) {
    if (variant == Variant.ACK_BEFORE_FSYNC) {
      return Promise.completed(executeThenLog(ctx, r));
    }
    Promise<KvReply> reply = tail.compose(v -> executeDurably(ctx, r));
    tail = reply.then(x -> (Void) null).recoverWith(e -> Promise.completed(null));
    return reply;
  }

  /**
   * The reply that needs no log: from the duplicate table, or a new get's; null for a new write.
   */
  private KvReply answerWithoutLog(ClerkRequest r) {
    DuplicateTable.Verdict verdict = byClerk.check(r.clerkId(), r.seq());
    if (verdict instanceof DuplicateTable.Repeat repeat) {
      return repeat.reply();
    } else if (verdict instanceof DuplicateTable.Stale) {
      return STALE;
    } else if (r.op() == KvOp.GET) {
      KvReply reply = new KvReply(Status.OK, store.get(r.key()));
      byClerk.remember(r.clerkId(), r.seq(), reply);
      return reply;
    }
    return null;
  }

  private Promise<KvReply> executeDurably(NodeContext ctx, ClerkRequest r) {
    KvReply known = answerWithoutLog(r);
    if (known != null) {
      return Promise.completed(known);
    }
    LogRecord record = new LogRecord(lastChecksum, r.clerkId(), r.seq(), r.op(), r.key(), r.value());
    byte[] bytes = record.encode();
    long slot = nextSlot;
    Disk disk = ctx.disk();
    Promise<Void> written = disk.write(LOG_PREFIX + slot, bytes);
    if (ctx.buggify("durable-server: slow log write")) {
      written = written.compose(v -> ctx.sleep(1 + ctx.random().nextInt(20_000), "slow-log"));
    }
    // A failed write or sync fails the request (no reply: the clerk retries); the slot is reused.
    return written.compose(v -> disk.fsync()).then(v -> {
      nextSlot = slot + 1;
      lastChecksum = LogRecord.checksumOf(bytes);
      KvReply reply = apply(record);
      replicate(ctx, r.key());
      return reply;
    });
  }

  /** The bug: execute and reply now, log later, and hope no crash comes in between. */
  private KvReply executeThenLog(NodeContext ctx, ClerkRequest r) {
    KvReply known = answerWithoutLog(r);
    if (known != null) {
      return known;
    }
    LogRecord record = new LogRecord(lastChecksum, r.clerkId(), r.seq(), r.op(), r.key(), r.value());
    byte[] bytes = record.encode();
    long slot = nextSlot++;
    lastChecksum = LogRecord.checksumOf(bytes);
    Disk disk = ctx.disk();
    disk.write(LOG_PREFIX + slot, bytes).compose(v -> disk.fsync());
    KvReply reply = apply(record);
    replicate(ctx, r.key());
    return reply;
  }

  /** Applies a logged write to the store and the duplicate table; returns its reply. */
  private KvReply apply(LogRecord record) {
    String old = store.get(record.key());
    KvReply reply;
    if (record.op() == KvOp.PUT) {
      store.put(record.key(), record.value());
      reply = new KvReply(Status.OK, null);
    } else {
      store.put(record.key(), old + record.value());
      reply = new KvReply(Status.OK, old);
    }
    byClerk.remember(record.clerkId(), record.seq(), reply);
    return reply;
  }

  private void replicate(NodeContext ctx, String key) {
    Replicate copy = new Replicate(key, store.get(key), store.version(key));
    for (int server : shards.replicasOf(shards.shardOf(key))) {
      if (server != index) {
        ctx.send(servers.get(server), copy);
      }
    }
  }

  /**
   * Replays the log from {@link #nextSlot} until a slot is empty, does not decode (torn) or does
   * not follow the previous record (left over from before an earlier crash); new writes then
   * overwrite that slot.
   */
  private void recover(NodeContext ctx, int tries) {
    long slot = nextSlot;
    ctx.disk().read(LOG_PREFIX + slot).whenComplete((bytes, error) -> {
      if (error != null) {
        ctx.setTimer(RETRY_MICROS, "log-read-retry", () -> recover(ctx, tries));
        return;
      }
      LogRecord record = bytes == null ? null : LogRecord.decode(bytes);
      if (bytes != null && record == null && tries + 1 < READ_TRIES) {
        recover(ctx, tries + 1);
      } else if (record != null && record.previousChecksum() == lastChecksum) {
        apply(record);
        nextSlot = slot + 1;
        lastChecksum = LogRecord.checksumOf(bytes);
        recover(ctx, 0);
      } else {
        ready = true;
        ctx.note("replayed " + (slot - 1) + " log records");
      }
    });
  }
}
