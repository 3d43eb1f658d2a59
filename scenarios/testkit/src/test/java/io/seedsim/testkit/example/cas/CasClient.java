package io.seedsim.testkit.example.cas;

import io.seedsim.sim.NodeContext;
import io.seedsim.sim.Promise;
import io.seedsim.testkit.client.ClientOp;
import io.seedsim.testkit.client.Performer;
import io.seedsim.testkit.example.cas.CasMessage.Reply;
import io.seedsim.testkit.example.cas.CasMessage.Request;
import java.util.List;

/**
 * How a client runs an operation: it sends the request and, on a timeout, the same request again,
 * up to {@link #TRIES} times; then it gives up (the outcome is unknown). A cas promises true (it
 * applied) or false (its comparison failed), which the recorder takes as a definite failure.
 */
final class CasClient implements Performer {

  static final long TIMEOUT_MICROS = 10_000;
  static final int TRIES = 3;

  private final long[] seq;

  CasClient(int clients) {
    this.seq = new long[clients];
  }

  @Override
  public Promise<?> perform(NodeContext ctx, ClientOp op) {
    int client = ctx.self().index();
    Long expected = null;
    Long value;
    if (op.value() instanceof List<?> pair) { // a cas: [expected, new]
      expected = (Long) pair.get(0);
      value = (Long) pair.get(1);
    } else {
      value = (Long) op.value();
    }
    Request request = new Request(client, ++seq[client], op.function(), expected, value);
    Promise<Object> result = Promise.pending();
    attempt(ctx, request, 1, result);
    return result;
  }

  private void attempt(NodeContext ctx, Request request, int tries, Promise<Object> result) {
    ctx.call(CasServer.ADDRESS, request, Reply.class, TIMEOUT_MICROS).whenComplete((reply, error) -> {
      if (error == null) {
        result.complete(switch (request.function()) {
          case "read" -> reply.value();
          case "cas" -> reply.applied();
          default -> null;
        });
      } else if (tries < TRIES) {
        attempt(ctx, request, tries + 1, result);
      } else {
        result.fail(error);
      }
    });
  }
}
