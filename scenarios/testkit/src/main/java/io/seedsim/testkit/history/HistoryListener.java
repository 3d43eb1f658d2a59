package io.seedsim.testkit.history;

/**
 * Hears a {@link HistoryRecorder}'s calls as they are recorded: a check that follows the run reads
 * each value while it is still in the processor's cache. A call given up on is never ended: its
 * outcome stays unknown.
 */
public interface HistoryListener {

  /** {@code call} was just invoked (it has no output or return time yet). */
  void invoked(RecordedCall call);

  /** {@code call} just returned (its outcome is OK or FAILED). */
  void returned(RecordedCall call);
}
