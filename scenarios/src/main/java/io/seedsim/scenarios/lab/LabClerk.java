package io.seedsim.scenarios.lab;

import io.seedsim.kvstore.KvClerk;
import io.seedsim.sim.NodeContext;
import io.seedsim.sim.Promise;
import io.seedsim.testkit.history.HistoryRecorder;

/**
 * A clerk whose every operation is recorded in the run's history (and trace) under the client's
 * number. An operation that fails outright (not a timeout: the clerk retries those) is a fatal
 * error of the client, so no failure can go unnoticed.
 *
 * <p>Each operation starts {@link #THINK_MICROS} after it is asked for. Without that pause a client
 * would call its next operation at the very microsecond the previous one returned, and a checker
 * must treat operations that touch in time as concurrent, which would let it reorder a client's
 * own operations and miss stale reads.
 */
final class LabClerk {

  private final int client;
  private final KvClerk clerk;
  private final NodeContext ctx;
  private final HistoryRecorder history;

  LabClerk(int client, KvClerk clerk, NodeContext ctx, HistoryRecorder history) {
    this.client = client;
    this.clerk = clerk;
    this.ctx = ctx;
    this.history = history;
  }

  int client() {
    return client;
  }

  NodeContext context() {
    return ctx;
  }

  static final long THINK_MICROS = 100;

  Promise<String> get(String key) {
    return ctx.sleep(THINK_MICROS, "think")
        .compose(v -> recorded(history.invoke(ctx, client, "get", key, null), clerk.get(key).then(this::aValue)));
  }

  Promise<Void> put(String key, String value) {
    return ctx.sleep(THINK_MICROS, "think")
        .compose(v -> recorded(history.invoke(ctx, client, "put", key, value), clerk.put(key, value).then(x -> (String) null)))
        .then(v -> null);
  }

  Promise<String> append(String key, String arg) {
    return ctx.sleep(THINK_MICROS, "think")
        .compose(v -> recorded(history.invoke(ctx, client, "append", key, arg), clerk.append(key, arg).then(this::aValue)));
  }

  /** A get or append always has a value ("" at least); null means the server answered wrongly. */
  private String aValue(String output) {
    if (output == null) {
      throw new IllegalStateException("the server's reply carried no value");
    }
    return output;
  }

  private Promise<String> recorded(int id, Promise<String> op) {
    Promise<String> done = Promise.pending();
    op.whenComplete((output, error) -> {
      if (error != null) {
        throw new AssertionError("client " + client + ": " + history.call(id).describe() + " failed: " + error.getMessage());
      }
      history.complete(ctx, id, output);
      done.complete(output);
    });
    return done;
  }
}
