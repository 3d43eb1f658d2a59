package io.seedsim.sim;

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
}
