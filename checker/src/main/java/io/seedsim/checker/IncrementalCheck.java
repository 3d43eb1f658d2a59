package io.seedsim.checker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Follows a history while it is being recorded, and settles the common case then: in every
 * partition each operation is called after the one before it returned, and the model allows them
 * in that order. {@link #linearizable()} true means {@link Linearizability#check} would answer
 * LINEARIZABLE for the finished history without searching; false means only that the search has
 * to decide.
 *
 * <p>Why it exists: a check after the run first turns the history into operations, splits them
 * by partition, sorts each into call order and keeps a state per operation; stepping the model as
 * each operation returns needs none of that, and reads each value as soon as it is returned. In
 * a sweep of the lab that took the check from about a fifth of the sweep's time to a few
 * percent ({@code bench checker}). The rules are {@code SequentialPartition}'s, applied as
 * operations arrive: touching operations count as overlapping, an operation that never returns
 * must be its partition's last, and a read-only operation returning nothing observed constrains
 * nothing.
 *
 * <p>Calls are reported in the order they are made, so in nondecreasing time; a returned
 * operation is reported once. One instance per history; not thread-safe.
 */
public final class IncrementalCheck<S> {

  private final Model<S> model;
  private final Map<String, Lane<S>> lanes = new HashMap<>();
  /** The lane of each operation, by handle; cleared once the search has to decide. */
  private final List<Lane<S>> laneOf = new ArrayList<>();
  private long lastCall = Long.MIN_VALUE;
  private boolean searchNeeded;

  /** One partition: its state after the operations so far, and the one in flight. */
  private static final class Lane<S> {
    S state;
    long lastReturn = Long.MIN_VALUE;
    int open = -1;
    Object openInput;

    Lane(S state) {
      this.state = state;
    }
  }

  public IncrementalCheck(Model<S> model) {
    this.model = model;
  }

  /**
   * An operation was called at {@code time}.
   *
   * @return its handle, for {@link #returned}
   * @throws IllegalArgumentException when {@code time} is before the previous call's
   */
  public int called(Object input, long time) {
    if (time < lastCall) {
      throw new IllegalArgumentException("call at " + time + " reported after a call at " + lastCall
          + ": calls must be reported in the order they are made");
    }
    lastCall = time;
    int handle = laneOf.size();
    if (searchNeeded) {
      laneOf.add(null);
      return handle;
    }
    String key = model.partitionOf(input);
    Lane<S> lane = lanes.computeIfAbsent(key == null ? Linearizability.WHOLE_HISTORY : key, k -> new Lane<>(model.init()));
    laneOf.add(lane);
    if (lane.open >= 0 || time <= lane.lastReturn) {
      needSearch();
      return handle;
    }
    lane.open = handle;
    lane.openInput = input;
    return handle;
  }

  /** Operation {@code handle} returned {@code output} (null: not observed) at {@code time}. */
  public void returned(int handle, Object output, long time) {
    if (handle < 0 || handle >= laneOf.size()) {
      throw new IllegalArgumentException("no operation " + handle + " was called");
    }
    if (searchNeeded) return;
    Lane<S> lane = laneOf.get(handle);
    if (lane.open != handle) {
      throw new IllegalArgumentException("operation " + handle + " has already returned");
    }
    Object input = lane.openInput;
    lane.open = -1;
    lane.openInput = null;
    if (output == null && model.isReadOnly(input)) return;
    S next = model.step(lane.state, input, output);
    if (next == null) {
      needSearch();
      return;
    }
    lane.state = next;
    lane.lastReturn = time;
  }

  /**
   * True when the history so far is linearizable in call order, partition by partition, with
   * operations still in flight taking effect or not; false when a search must decide.
   */
  public boolean linearizable() {
    return !searchNeeded;
  }

  private void needSearch() {
    searchNeeded = true;
    lanes.clear(); // the states are no longer needed
    laneOf.replaceAll(lane -> null);
  }
}
