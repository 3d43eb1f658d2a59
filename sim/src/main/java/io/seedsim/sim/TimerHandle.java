package io.seedsim.sim;

/** A timer that was set; pass it to {@link NodeContext#cancel} to cancel it before it fires. */
public interface TimerHandle {

  /** True until the timer fires or is cancelled. */
  boolean pending();
}
