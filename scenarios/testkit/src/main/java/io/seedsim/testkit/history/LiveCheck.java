package io.seedsim.testkit.history;

import io.seedsim.checker.IncrementalCheck;
import io.seedsim.checker.Model;
import io.seedsim.checker.Outcome;
import java.util.Arrays;

/**
 * A run's linearizability check done while the run records its history, with the checker's
 * {@link IncrementalCheck}: a history whose calls never overlap within a partition, each allowed
 * by the model in call order, is settled by the time the run ends, and the check after the run is
 * needed only for the others ({@link #linearizable} false).
 */
public final class LiveCheck implements HistoryListener {

  /** How the check reads a recorded call: its input when invoked, its output when returned. */
  public interface Reading {
    Object input(RecordedCall invoked);

    Object output(RecordedCall returned);
  }

  private final IncrementalCheck<?> check;
  private final Reading reading;
  /** The check's handle of each recorded call, by the call's id; -1 for a call not seen invoked. */
  private int[] handles = unseen(new int[64], 0);
  /** A call the model could not read, or one invoked before this followed: the check after the run decides. */
  private boolean gaveUp;

  public LiveCheck(Model<?> model, Reading reading) {
    this.check = new IncrementalCheck<>(model);
    this.reading = reading;
  }

  /** Reads calls through {@link Model#decode}, as {@link HistoryRecorder#operations} does. */
  public static LiveCheck decoding(Model<?> model) {
    return new LiveCheck(model, new Reading() {
      @Override
      public Object input(RecordedCall invoked) {
        return model.decode(invoked.function(), invoked.key(), invoked.value(), null, Outcome.UNKNOWN).input();
      }

      @Override
      public Object output(RecordedCall returned) {
        Outcome outcome = returned.outcome();
        return model.decode(returned.function(), returned.key(), returned.value(),
            outcome == Outcome.OK ? returned.output() : null, outcome).output();
      }
    });
  }

  /** Starts following {@code history}; see {@link HistoryRecorder#listen}. */
  public LiveCheck follow(HistoryRecorder history) {
    history.listen(this);
    return this;
  }

  @Override
  public void invoked(RecordedCall call) {
    if (gaveUp) return;
    int id = call.id();
    if (id >= handles.length) {
      handles = unseen(Arrays.copyOf(handles, Math.max(id + 1, 2 * handles.length)), handles.length);
    }
    try {
      handles[id] = check.called(reading.input(call), call.callMicros());
    } catch (RuntimeException e) { // not in a handler's way: the check after the run says what is wrong
      gaveUp = true;
    }
  }

  @Override
  public void returned(RecordedCall call) {
    if (gaveUp) return;
    if (call.id() >= handles.length || handles[call.id()] < 0) {
      gaveUp = true; // invoked before this followed the history
      return;
    }
    try {
      check.returned(handles[call.id()], reading.output(call), call.returnMicros());
    } catch (RuntimeException e) {
      gaveUp = true;
    }
  }

  private static int[] unseen(int[] handles, int from) {
    Arrays.fill(handles, from, handles.length, -1);
    return handles;
  }

  /** True when the history is linearizable, with no check after the run needed. */
  public boolean linearizable() {
    return !gaveUp && check.linearizable();
  }
}
