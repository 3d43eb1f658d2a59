package io.seedsim.scenarios.lab;

import java.util.List;

/** Judges a recorded history against the lab's kv model (get / put / append returning the old value). */
@FunctionalInterface
public interface HistoryCheck {

  /** Null if the history is linearizable, else one line saying why not. */
  String violation(List<HistoryEntry> history);

  /** Accepts every history: the stand-in until the checker module is wired in. */
  HistoryCheck NONE = history -> null;
}
