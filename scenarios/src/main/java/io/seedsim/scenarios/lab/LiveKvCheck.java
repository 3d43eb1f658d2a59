package io.seedsim.scenarios.lab;

import io.seedsim.checker.IncrementalCheck;
import io.seedsim.testkit.history.HistoryListener;
import io.seedsim.testkit.history.RecordedCall;
import java.util.Arrays;

/**
 * The kv check of a lab run, done while the run records its history: each value is compared with
 * the model as the clerk returns it. A lab history is sequential per key, so this settles every
 * run of a correct store, and the check after the run (which builds the history's operations,
 * partitions and order first) is left for the runs it cannot settle.
 */
final class LiveKvCheck implements HistoryListener {

  private final IncrementalCheck<?> check = new IncrementalCheck<>(KvHistoryCheck.KV);
  /** The check's handle of each recorded call, by the call's id. */
  private int[] handles = new int[64];

  @Override
  public void invoked(RecordedCall call) {
    int id = call.id();
    if (id >= handles.length) {
      handles = Arrays.copyOf(handles, Math.max(id + 1, 2 * handles.length));
    }
    handles[id] = check.called(KvHistoryCheck.input(call.function(), call.key(), (String) call.value()),
        call.callMicros());
  }

  @Override
  public void returned(RecordedCall call) {
    check.returned(handles[call.id()], call.output(), call.returnMicros());
  }

  /** True when the history is linearizable, with no check after the run needed. */
  boolean linearizable() {
    return check.linearizable();
  }
}
