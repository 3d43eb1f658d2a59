package io.seedsim.sim;

import java.util.function.Supplier;

/**
 * Everything a node may do. Times are virtual microseconds. There is no other way for a node to
 * observe time, randomness or the network, which is what makes a run a function of its seed.
 */
public interface NodeContext {

  Address self();

  /** Virtual time now, in microseconds since the run began. */
  long nowMicros();

  /** This node's own random stream, derived from the run's seed and the node's address. */
  SimRandom random();

  /** Sends a one-way message. Unknown addresses throw at once. */
  void send(Address to, Message message);

  /**
   * Calls {@code to} and returns a promise of its reply. The promise fails with {@link
   * RpcTimeoutException} if no reply arrives within {@code timeoutMicros}, and with {@link
   * ClassCastException} if the reply is not a {@code replyType}. A reply arriving after the
   * timeout is dropped.
   */
  <R extends Message> Promise<R> call(Address to, Message request, Class<R> replyType, long timeoutMicros);

  /** Runs {@code action} on this node after {@code delayMicros} (> 0), unless cancelled or crashed. */
  TimerHandle setTimer(long delayMicros, String label, Runnable action);

  void cancel(TimerHandle timer);

  /** A promise that completes after {@code delayMicros}: the coroutine-style "sleep". */
  default Promise<Void> sleep(long delayMicros, String label) {
    Promise<Void> done = Promise.pending();
    setTimer(delayMicros, label, () -> done.complete(null));
    return done;
  }

  /** Marks the start of a client operation in the trace; returns its operation id. */
  int beginOperation(String description);

  /** Marks the end of client operation {@code operationId} in the trace. */
  void endOperation(int operationId, String result);

  /** Writes free text into the trace. */
  void note(String text);

  /**
   * Marks in the trace that this node did something a reader of the trace wants to see where it
   * happened, for example {@code annotate("applied", "put \"k\" clerk 3 seq 7")} where a server
   * applies an operation. The record names the message whose handler is running (or whose handler
   * set the timer or started the disk operation that is completing now), so the page's
   * focus on an operation shows the annotations its messages caused. A callback chained on a
   * promise runs where that promise completes, and its annotations name that message: queue
   * work behind another request's promise and its marks go to the other request (why the
   * durable server, which queues its log writes so, does not annotate). Annotations stay out of the
   * trace hash, as message bodies do: adding one never changes a run's identity or its pinned
   * hashes. They are kept only with a full trace ({@code run --trace} or {@code --html}); in a
   * sweep this does nothing. Contexts outside simulation keep this default.
   *
   * @param label a short word the page shows and groups by, e.g. "applied"
   * @param text what happened, one line
   */
  default void annotate(String label, String text) {
    annotate(label, () -> text);
  }

  /**
   * As {@link #annotate(String, String)}, with the text made only when the trace keeps it: a
   * server that annotates every operation it applies costs a sweep nothing but the call.
   */
  default void annotate(String label, Supplier<String> text) {}

  /**
   * True when this node object was built by a restart after a crash, false on its first boot. A
   * restarted node finds in its {@link #disk()} what it had synced before the crash.
   */
  boolean restarted();

  /**
   * This node's disk. It outlives crashes: synced writes survive them, unsynced ones may not. A
   * node that never calls this has no disk and costs nothing.
   */
  Disk disk();

  /**
   * This node's own wall clock, which may be offset from true time, drift and jump as the fault
   * plan says. {@link #nowMicros()} stays the true virtual time.
   */
  LocalClock clock();

  /**
   * A fault point, after FoundationDB's BUGGIFY: true when the code should take the rare path
   * named {@code site}. Each site is enabled for a whole run with some probability and then fires
   * with another, as the fault plan says; never outside simulation, and never once the plan's
   * faults have healed for good. Contexts outside simulation keep this default.
   */
  default boolean buggify(String site) {
    return false;
  }
}
