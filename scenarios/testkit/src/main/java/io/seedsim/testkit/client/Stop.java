package io.seedsim.testkit.client;

import java.util.function.BooleanSupplier;

/** When a client stops starting operations; asked before each one. */
@FunctionalInterface
public interface Stop {

  /**
   * @param operations how many operations this client has started so far
   */
  boolean now(long nowMicros, long operations);

  /** Never: the generator decides (it returns null) or the run ends. */
  Stop NEVER = (now, ops) -> false;

  /** From virtual time {@code micros} on. */
  static Stop atMicros(long micros) {
    return (now, ops) -> now >= micros;
  }

  /** After {@code operations} operations. */
  static Stop afterOperations(long operations) {
    return (now, ops) -> ops >= operations;
  }

  /** When the scenario says so. */
  static Stop when(BooleanSupplier condition) {
    return (now, ops) -> condition.getAsBoolean();
  }

  default Stop or(Stop other) {
    return (now, ops) -> now(now, ops) || other.now(now, ops);
  }
}
