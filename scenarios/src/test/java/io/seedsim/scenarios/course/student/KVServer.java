package io.seedsim.scenarios.course.student;

import io.seedsim.kvstore.ServerSetup;
import io.seedsim.scenarios.course.student.KvRpc.GetArgs;
import io.seedsim.scenarios.course.student.KvRpc.PutAppendArgs;
import io.seedsim.scenarios.course.student.KvRpc.Reply;
import io.seedsim.sim.Address;
import io.seedsim.sim.Message;
import io.seedsim.sim.Node;
import io.seedsim.sim.NodeContext;
import io.seedsim.sim.Promise;
import java.util.Map;
import java.util.TreeMap;

/**
 * Serves the shards it replicates and rejects the others. Only a shard's first server executes:
 * the other replicas forward to it, so there is one order per shard, and its duplicate table
 * (last seq and reply per clerk) catches a retry that arrives through another replica.
 */
public class KVServer implements Node {

  private record Last(long seq, Reply reply) {}

  private final ServerSetup setup;
  private final Map<String, String> data = new TreeMap<>();
  private final Map<Long, Last> lastByClerk = new TreeMap<>();

  public KVServer(ServerSetup setup) {
    this.setup = setup;
  }

  @Override
  public Promise<? extends Message> onRequest(NodeContext ctx, Address from, Message request) {
    String key = request instanceof GetArgs g ? g.key() : ((PutAppendArgs) request).key();
    int servers = setup.shards().servers();
    int shard = Shards.of(key, servers);
    if (!Shards.holds(setup.index(), shard, servers, setup.shards().replicas())) {
      return Promise.completed(new Reply(true, null));
    }
    if (shard != setup.index()) {
      return ctx.call(setup.servers().get(shard), request, Reply.class, 100_000);
    }
    return Promise.completed(execute(request));
  }

  protected Reply execute(Message request) {
    if (request instanceof GetArgs g) {
      return new Reply(false, data.getOrDefault(g.key(), ""));
    }
    PutAppendArgs p = (PutAppendArgs) request;
    Last last = lastByClerk.get(p.clerk());
    if (last != null && p.seq() <= last.seq()) {
      return last.reply(); // a retransmission (or an older one, which nobody waits for)
    }
    Reply reply = apply(p);
    lastByClerk.put(p.clerk(), new Last(p.seq(), reply));
    return reply;
  }

  protected Reply apply(PutAppendArgs p) {
    String old = data.getOrDefault(p.key(), "");
    data.put(p.key(), p.append() ? old + p.value() : p.value());
    return new Reply(false, p.append() ? old : null);
  }
}
