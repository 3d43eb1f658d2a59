package io.seedsim.testkit.history;

/**
 * Hears a {@link HistoryRecorder}'s calls as they are recorded: a check that follows the run decides
 * as the run goes, with nothing to build afterwards. A call given up on is never ended: its
 * outcome stays unknown.
 */
public interface HistoryListener {

  /** {@code call} was just invoked (it has no output or return time yet). */
  void invoked(RecordedCall call);

  /** {@code call} just returned (its outcome is OK or FAILED). */
  void returned(RecordedCall call);
}
