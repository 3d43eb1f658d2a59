package io.seedsim.checker.search;

import io.seedsim.checker.Model;
import java.util.ArrayList;
import java.util.List;

/**
 * The model as an automaton over numbered states, built lazily: each distinct state gets a
 * number, and each (state, operation) step is computed once. The search then compares and hashes
 * ints, however large the model's states are (a kv value grows with every append).
 */
final class StateTable<S> {
  /** A step the model does not allow. */
  static final int ILLEGAL = -1;

  /** Retained bytes per step entry: two slots (load factor 1/2) of key and value. */
  private static final long STEP_BYTES = 2 * (8 + 4);
  /** Retained bytes per state beyond the model's own estimate: list slot and two intern slots. */
  private static final long STATE_BYTES = 8 + 2 * 4;

  private final Model<S> model;
  private final MemoryBudget memory;
  private final Object[] inputs;
  private final Object[] outputs;
  private final List<S> states = new ArrayList<>();
  private int[] internSlots = new int[16];
  private long[] stepKeys;
  private int[] stepValues;
  private int stepCount;

  StateTable(Model<S> model, Object[] inputs, Object[] outputs, MemoryBudget memory) {
    this.model = model;
    this.memory = memory;
    this.inputs = inputs;
    this.outputs = outputs;
    int capacity = Integer.highestOneBit(Math.max(16, inputs.length * 4) - 1) << 1;
    stepKeys = new long[capacity];
    stepValues = new int[capacity];
  }

  int initial() {
    return intern(model.init());
  }

  S state(int id) {
    return states.get(id);
  }

  int size() {
    return states.size();
  }

  /** The state after operation {@code op} from state {@code from}, or {@link #ILLEGAL}. */
  int step(int from, int op) {
    long key = ((long) from << 32) | op;
    int mask = stepKeys.length - 1;
    int slot = (int) mix(key) & mask;
    while (stepValues[slot] != 0) {
      if (stepKeys[slot] == key) return stepValues[slot] - 2;
      slot = (slot + 1) & mask;
    }
    S next = model.step(states.get(from), inputs[op], outputs[op]);
    int to = next == null ? ILLEGAL : intern(next);
    stepKeys[slot] = key;
    stepValues[slot] = to + 2;
    memory.add(STEP_BYTES);
    if (++stepCount * 2 > stepKeys.length) growSteps();
    return to;
  }

  /** The model's {@link Model#reachableWithoutReset}, computed once per (state, operation). */
  boolean reachableWithoutReset(int from, int op) {
    long key = ((long) from << 32) | op | Long.MIN_VALUE;
    int mask = stepKeys.length - 1;
    int slot = (int) mix(key) & mask;
    while (stepValues[slot] != 0) {
      if (stepKeys[slot] == key) return stepValues[slot] == 2;
      slot = (slot + 1) & mask;
    }
    boolean reachable = model.reachableWithoutReset(states.get(from), inputs[op], outputs[op]);
    stepKeys[slot] = key;
    stepValues[slot] = reachable ? 2 : 1;
    memory.add(STEP_BYTES);
    if (++stepCount * 2 > stepKeys.length) growSteps();
    return reachable;
  }

  private int intern(S state) {
    int mask = internSlots.length - 1;
    int slot = mix(model.hash(state)) & mask;
    while (internSlots[slot] != 0) {
      int id = internSlots[slot] - 1;
      if (model.equal(states.get(id), state)) return id;
      slot = (slot + 1) & mask;
    }
    states.add(state);
    memory.add(STATE_BYTES + model.retainedBytes(state));
    internSlots[slot] = states.size();
    if (states.size() * 2 > internSlots.length) growInterned();
    return states.size() - 1;
  }

  private void growInterned() {
    internSlots = new int[internSlots.length * 2];
    int mask = internSlots.length - 1;
    for (int id = 0; id < states.size(); id++) {
      int slot = mix(model.hash(states.get(id))) & mask;
      while (internSlots[slot] != 0) slot = (slot + 1) & mask;
      internSlots[slot] = id + 1;
    }
  }

  private void growSteps() {
    long[] oldKeys = stepKeys;
    int[] oldValues = stepValues;
    stepKeys = new long[oldKeys.length * 2];
    stepValues = new int[oldKeys.length * 2];
    int mask = stepKeys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldValues[i] == 0) continue;
      int slot = (int) mix(oldKeys[i]) & mask;
      while (stepValues[slot] != 0) slot = (slot + 1) & mask;
      stepKeys[slot] = oldKeys[i];
      stepValues[slot] = oldValues[i];
    }
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static int mix(int h) {
    return (int) mix((long) h);
  }
}
