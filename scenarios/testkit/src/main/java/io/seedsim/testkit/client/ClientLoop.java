package io.seedsim.testkit.client;

import io.seedsim.sim.NodeContext;
import io.seedsim.sim.Promise;
import io.seedsim.sim.SimRandom;
import io.seedsim.testkit.history.HistoryRecorder;
import java.util.List;

/**
 * One client: a closed loop that, until its {@link Stop} says so or its generator runs dry, asks
 * {@code random.proceed()} (the shrinker's "stop here"), waits its think time, takes the next
 * operation from its generator, runs it, and waits for the outcome before the next.
 *
 * <p>Operations given to {@link #first} run before all that, each time and in order: a setup step
 * (a reset write) that the later operations rely on. No stop, no {@code proceed()} and no think
 * time comes before them, so a shrunk case can end the client only after them, never drop them.
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
  private List<ClientOp> first = List.of();
  private boolean started;
  private long operations;
  /** Operations taken from the generator (the index of its next draw). */
  private long generated;
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

  /**
   * Operations to run first, always (see the class comment); they count in {@link Stop}'s
   * operations and in the number {@link #start} promises, but are not the generator's: its first
   * draw still has index 0. Call before {@link #start}.
   */
  public ClientLoop first(List<ClientOp> ops) {
    if (started) {
      throw new IllegalStateException("client " + client + ": first(...) after the loop started");
    }
    this.first = List.copyOf(ops);
    return this;
  }

  /** Starts the loop now; the promise completes with the number of operations run once it stops. */
  public Promise<Long> start() {
    started = true;
    next();
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

  /** The next of the {@link #first} operations, else a step of the loop. */
  private void next() {
    if (operations < first.size()) {
      perform(first.get((int) operations));
    } else {
      step();
    }
  }

  private void issue() {
    ClientOp op = generator.next(new Draw(client, generated, random, ctx.nowMicros()));
    if (op == null) {
      done.complete(operations);
      return;
    }
    generated++;
    perform(op);
  }

  private void perform(ClientOp op) {
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
      next();
    });
  }
}
