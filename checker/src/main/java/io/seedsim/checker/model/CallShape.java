package io.seedsim.checker.model;

import io.seedsim.checker.Outcome;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** The checks the single-object models (mutex, set, queues, multi-register) make of a recorded call. */
final class CallShape {
  private CallShape() {}

  /**
   * The operation's name in lower case, after refusing a key and a failed outcome, which these
   * models do not know.
   */
  static String function(String model, String function, String key, Outcome outcome) {
    if (key != null) {
      throw new IllegalArgumentException("model " + model + " is one object and takes no key (got key "
          + Text.quote(key) + ")");
    }
    String op = function.toLowerCase(Locale.ROOT);
    if (outcome == Outcome.FAILED) {
      throw new IllegalArgumentException("a failed " + op + " has no meaning for model " + model);
    }
    return op;
  }

  static IllegalArgumentException unknown(String model, String function, String expected) {
    return new IllegalArgumentException("unknown operation '" + function + "' for model " + model
        + " (expected " + expected + ")");
  }

  /** A collection of values (a list, vector or set in the file), each as registers store it. */
  static List<Object> values(Object value, String what) {
    if (!(value instanceof Collection<?> items)) {
      throw new IllegalArgumentException(what + " must be a list of values, not " + Text.describeValue(value));
    }
    return items.stream().map(Text::registerValue).toList();
  }
}
