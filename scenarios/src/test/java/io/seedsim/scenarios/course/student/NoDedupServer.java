package io.seedsim.scenarios.course.student;

import io.seedsim.kvstore.ServerSetup;
import io.seedsim.scenarios.course.student.KvRpc.PutAppendArgs;
import io.seedsim.scenarios.course.student.KvRpc.Reply;
import io.seedsim.sim.Message;

/** The same server after the first task only: it executes every request, retransmissions too. */
public class NoDedupServer extends KVServer {

  public NoDedupServer(ServerSetup setup) {
    super(setup);
  }

  @Override
  protected Reply execute(Message request) {
    return request instanceof PutAppendArgs p ? apply(p) : super.execute(request);
  }
}
