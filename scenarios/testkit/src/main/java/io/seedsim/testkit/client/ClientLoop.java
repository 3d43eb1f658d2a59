package io.seedsim.testkit.client;

import io.seedsim.sim.NodeContext;
import io.seedsim.sim.Promise;
import io.seedsim.sim.SimRandom;
import io.seedsim.testkit.history.HistoryRecorder;

/**
 * One client: a closed loop that, until its {@link Stop} says so or its generator runs dry, asks
 * {@code random.proceed()} (the shrinker's "stop here"), waits its think time, takes the next
 * operation from its generator, runs it, and waits for the outcome before the next.
 *
 * <p>With a recorder, each operation goes into the history: invoked before it runs, completed
 * with what it returned; an operation that fails (a timeout) is given up on, its outcome unknown,
 * and the client goes on as a new process (client + stride), as a Jepsen client does, so that no
 * process has two operations open at once. Without one the performer records (the lab's clerks
 * do), and a failed operation fails the run.
 */
public final class ClientLoop {

  private final int client;
  private final NodeContext ctx;
  private final SimRandom random;
  private final Generator generator;
  private final ThinkTime think;
  private final Stop stop;
  private final Performer performer;
  private final HistoryRecorder recorder;
  private final int stride;
  private final Promise<Long> done = Promise.pending();
  private long operations;
  private int process;

  /**
   * @param recorder where operations are recorded, or null when the performer records them
   * @param stride the process number added after an operation is given up on (the client count)
   */
  public ClientLoop(int client, NodeContext ctx, SimRandom random, Generator generator, ThinkTime think, Stop stop,
      Performer performer, HistoryRecorder recorder, int stride) {
    this.client = client;
    this.ctx = ctx;
    this.random = random;
    this.generator = generator;
    this.think = think;
    this.stop = stop;
    this.performer = performer;
    this.recorder = recorder;
    this.stride = Math.max(1, stride);
    this.process = client;
  }

  /** Starts the loop now; the promise completes with the number of operations run once it stops. */
  public Promise<Long> start() {
    step();
    return done;
  }

  public int client() {
    return client;
  }

  private void step() {
    if (stop.now(ctx.nowMicros(), operations) || !random.proceed()) {
      done.complete(operations);
      return;
    }
    long wait = think.micros(random);
    if (wait > 0) {
      ctx.sleep(wait, "think").whenComplete((v, e) -> issue());
    } else {
      issue();
    }
  }

  private void issue() {
    ClientOp op = generator.next(new Draw(client, operations, random, ctx.nowMicros()));
    if (op == null) {
      done.complete(operations);
      return;
    }
    operations++;
    int id = recorder == null ? -1 : recorder.invoke(ctx, process, op.function(), op.key(), op.value());
    Promise<?> outcome = performer.perform(ctx, op);
    if (outcome == null) {
      throw new IllegalStateException("client " + client + ": the performer returned no promise for " + op);
    }
    outcome.whenComplete((output, error) -> {
      if (error == null) {
        if (recorder != null) {
          recorder.complete(ctx, id, output);
        }
      } else if (recorder != null) {
        recorder.abandon(ctx, id, String.valueOf(error.getMessage()));
        process += stride;
      } else {
        throw new AssertionError("client " + client + ": " + op.function() + " failed: " + error.getMessage(), error);
      }
      step();
    });
  }
}
