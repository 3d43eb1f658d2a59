package io.seedsim.scenarios.lab;

import io.seedsim.testkit.history.HistoryRecorder;
import java.util.List;
import java.util.function.BooleanSupplier;

/** Judges a recorded history against the lab's kv model (get / put / append returning the old value). */
@FunctionalInterface
public interface HistoryCheck {

  /** Null if the history is linearizable, else one line saying why not. */
  String violation(List<HistoryEntry> history);

  /**
   * Starts following {@code history} as the run records it, for a check that can settle a history
   * then. The answer, asked once the run is over, is true when the history is linearizable and
   * {@link #violation} need not be asked; false leaves it to {@link #violation}. By default the
   * check follows nothing and answers false.
   */
  default BooleanSupplier follow(HistoryRecorder history) {
    return () -> false;
  }

  /** Accepts every history: the stand-in until the checker module is wired in. */
  HistoryCheck NONE = history -> null;
}
