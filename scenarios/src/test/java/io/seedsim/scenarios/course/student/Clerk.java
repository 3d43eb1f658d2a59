package io.seedsim.scenarios.course.student;

import io.seedsim.kvstore.ClerkSetup;
import io.seedsim.kvstore.KvClerk;
import io.seedsim.scenarios.course.student.KvRpc.GetArgs;
import io.seedsim.scenarios.course.student.KvRpc.PutAppendArgs;
import io.seedsim.scenarios.course.student.KvRpc.Reply;
import io.seedsim.sim.Promise;
import io.seedsim.sim.RpcTimeoutException;

/** Tries the shard's servers in turn (first server first) until one answers; 5 ms between tries. */
public class Clerk implements KvClerk {

  private final ClerkSetup setup;
  private long seq;

  public Clerk(ClerkSetup setup) {
    this.setup = setup;
  }

  @Override
  public Promise<String> get(String key) {
    return send(key, new GetArgs(key, setup.clerkId(), ++seq));
  }

  @Override
  public Promise<Void> put(String key, String value) {
    return send(key, new PutAppendArgs(key, value, false, setup.clerkId(), ++seq)).then(old -> null);
  }

  @Override
  public Promise<String> append(String key, String arg) {
    return send(key, new PutAppendArgs(key, arg, true, setup.clerkId(), ++seq));
  }

  private Promise<String> send(String key, KvRpc args) {
    int servers = setup.shards().servers();
    int shard = Shards.of(key, servers);
    int[] turn = {0};
    return Promise.retry(
        () -> {
          int server = (shard + turn[0]++ % setup.shards().replicas()) % servers;
          return setup.ctx().call(setup.servers().get(server), args, Reply.class, 100_000).then(reply -> {
            if (reply.wrongShard()) {
              throw new WrongShard();
            }
            return reply.value();
          });
        },
        e -> e instanceof RpcTimeoutException || e instanceof WrongShard,
        () -> setup.ctx().sleep(5_000, "retry"));
  }

  private static final class WrongShard extends RuntimeException {
    WrongShard() {
      super("wrong shard", null, false, false);
    }
  }
}
