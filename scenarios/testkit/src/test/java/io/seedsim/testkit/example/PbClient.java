package io.seedsim.testkit.example;

import io.seedsim.sim.NodeContext;
import io.seedsim.sim.Promise;
import io.seedsim.testkit.client.ClientOp;
import io.seedsim.testkit.client.Performer;
import io.seedsim.testkit.example.PbMessage.ClientReply;
import io.seedsim.testkit.example.PbMessage.ClientRequest;

/**
 * How a client runs a register operation: it asks the replica it believes is primary and, told
 * "not primary" (nothing happened), the next one. A timeout or an unfinished write fails the
 * promise: the outcome is unknown, and the driver records it so.
 */
final class PbClient implements Performer {

  static final long TIMEOUT_MICROS = 100_000;

  private final int replicas;
  private final int[] believedPrimary;

  PbClient(int replicas, int clients) {
    this.replicas = replicas;
    this.believedPrimary = new int[clients];
  }

  @Override
  public Promise<?> perform(NodeContext ctx, ClientOp op) {
    ClientRequest request = new ClientRequest(op.function().equals("write"), (Long) op.value());
    Promise<Long> result = Promise.pending();
    attempt(ctx, ctx.self().index(), request, 0, result);
    return result;
  }

  private void attempt(NodeContext ctx, int client, ClientRequest request, int tries, Promise<Long> result) {
    int target = believedPrimary[client];
    ctx.call(Replica.address(target), request, ClientReply.class, TIMEOUT_MICROS).whenComplete((reply, error) -> {
      if (error != null || !reply.primary()) {
        believedPrimary[client] = (target + 1) % replicas;
      }
      if (error != null) {
        result.fail(error);
      } else if (!reply.primary()) {
        if (tries + 1 < replicas) {
          attempt(ctx, client, request, tries + 1, result);
        } else {
          result.fail(new IllegalStateException("no replica is primary"));
        }
      } else if (!reply.done()) {
        result.fail(new IllegalStateException("the primary could not finish it"));
      } else {
        result.complete(reply.value());
      }
    });
  }
}
