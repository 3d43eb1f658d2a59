package io.seedsim.sim;

/** An RPC got no reply within its timeout: the request or the reply was lost, or is late. */
public final class RpcTimeoutException extends RuntimeException {
  public RpcTimeoutException(Address from, Address to, Message request, long timeoutMicros) {
    super(from + " -> " + to + ": no reply to " + request.describe() + " within " + timeoutMicros + " us", null, false, false);
  }
}
