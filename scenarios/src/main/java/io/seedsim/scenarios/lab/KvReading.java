package io.seedsim.scenarios.lab;

import io.seedsim.testkit.history.LiveCheck;
import io.seedsim.testkit.history.RecordedCall;

/**
 * How the lab's live check reads a recorded call: as {@link KvHistoryCheck} reads a history entry
 * after the run (an output of null is not observed), so that both decide alike. A lab history is
 * sequential per key, so following the run settles every run of a correct store.
 */
final class KvReading implements LiveCheck.Reading {

  @Override
  public Object input(RecordedCall invoked) {
    return KvHistoryCheck.input(invoked.function(), invoked.key(), (String) invoked.value());
  }

  @Override
  public Object output(RecordedCall returned) {
    return returned.output();
  }
}
