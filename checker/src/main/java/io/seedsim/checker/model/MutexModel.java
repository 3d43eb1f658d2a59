package io.seedsim.checker.model;

import io.seedsim.checker.Model;
import io.seedsim.checker.Outcome;

/**
 * Knossos's mutex: one lock, free at first. acquire needs it free and takes it; release needs it
 * held and frees it. Neither has an output, and the lock does not know its holder. Inputs are
 * {@link Op}s; states are Booleans (true = held).
 */
public final class MutexModel implements Model<Boolean> {

  /** The two operations. */
  public enum Op {
    ACQUIRE,
    RELEASE
  }

  @Override
  public String name() {
    return "mutex";
  }

  @Override
  public Boolean init() {
    return Boolean.FALSE;
  }

  @Override
  public Boolean step(Boolean held, Object input, Object output) {
    return switch ((Op) input) {
      case ACQUIRE -> held ? null : Boolean.TRUE;
      case RELEASE -> held ? Boolean.FALSE : null;
    };
  }

  @Override
  public String describeOperation(Object input, Object output) {
    return input == Op.ACQUIRE ? "acquire()" : "release()";
  }

  @Override
  public String describeState(Boolean held) {
    return held ? "held" : "free";
  }

  @Override
  public Call decode(String function, String key, Object argument, Object result, Outcome outcome) {
    return switch (CallShape.function(name(), function, key, outcome)) {
      case "acquire" -> new Call(Op.ACQUIRE, null);
      case "release" -> new Call(Op.RELEASE, null);
      default -> throw CallShape.unknown(name(), function, "acquire or release");
    };
  }
}
