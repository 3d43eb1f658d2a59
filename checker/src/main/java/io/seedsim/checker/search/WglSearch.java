package io.seedsim.checker.search;

import io.seedsim.checker.Model;
import io.seedsim.checker.Operation;
import io.seedsim.checker.Verdict;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The Wing-Gong-Lowe search for one partition. Calls and returns form a doubly linked list in
 * time order; the search walks it, linearizes a call when the model allows it (lifting the call
 * and its return out of the list), and backtracks when it meets a return whose call it has not
 * linearized. Lowe's memo of (linearized set, state) cuts revisits.
 *
 * <p>Operations with an unknown outcome have no return entry: they may be linearized at any point
 * after their call, or never. The search succeeds once every completed operation is linearized.
 */
public final class WglSearch<S> {
  private static final int STEPS_BETWEEN_CLOCK_READS = 1 << 10;

  private final Model<S> model;
  private final List<Operation> operations;
  private final Deadline deadline;

  public WglSearch(Model<S> model, List<Operation> operations, Deadline deadline) {
    this.model = model;
    this.operations = operations;
    this.deadline = deadline;
  }

  /**
   * What the search found.
   *
   * @param order indexes into the operations: the linearization when linearizable, otherwise the
   *     longest linearizable prefix found
   * @param statesAfter the state after each operation of {@code order}
   */
  public record Outcome<S>(Verdict verdict, int[] order, List<S> statesAfter, int configurations) {}

  public Outcome<S> run() {
    int n = operations.size();
    Object[] inputs = new Object[n];
    Object[] outputs = new Object[n];
    long[] zobrist = new long[n];
    long seed = 0x5EED5EEDL;
    int known = 0;
    for (int i = 0; i < n; i++) {
      inputs[i] = operations.get(i).input();
      outputs[i] = operations.get(i).output();
      seed += 0x9E3779B97F4A7C15L;
      zobrist[i] = StateTable.mix(seed);
      if (operations.get(i).hasReturn()) known++;
    }
    Entry head = linkEntries();

    long[] linearized = new long[(n + 63) >>> 6];
    long setHash = 0;
    ConfigurationCache cache = new ConfigurationCache(n);
    StateTable<S> table = new StateTable<>(model, inputs, outputs);
    Entry[] stackEntries = new Entry[n];
    int[] stackStates = new int[n + 1];
    int depth = 0;
    int remaining = known;
    int state = table.initial();
    int[] best = new int[0];
    int[] bestStates = new int[] {state};
    long steps = 0;

    boolean[] stackInert = new boolean[n];
    boolean[] inert = new boolean[n];
    boolean[] resets = new boolean[n];
    for (int i = 0; i < n; i++) {
      inert[i] = model.isInert(inputs[i], outputs[i]);
      resets[i] = model.resets(inputs[i]);
    }
    Entry entry = firstInert(head, state, table, inert, resets);
    while (remaining > 0) {
      if (++steps % STEPS_BETWEEN_CLOCK_READS == 0 && deadline.passed()) {
        return outcome(Verdict.UNKNOWN, best, bestStates, table, cache);
      }
      boolean dead = entry == null || !entry.isCall;
      if (!dead) {
        int op = entry.op;
        int next = table.step(state, op);
        if (next != StateTable.ILLEGAL) {
          linearized[op >>> 6] ^= 1L << op;
          long hash = setHash ^ zobrist[op];
          long key = hash ^ StateTable.mix(next + 1);
          if (cache.add(key == 0 ? 1 : key, linearized, next)) {
            stackEntries[depth] = entry;
            stackStates[depth] = state;
            stackInert[depth] = inert[op];
            depth++;
            state = next;
            setHash = hash;
            entry.lift();
            if (entry.match != null) remaining--;
            if (depth > best.length) {
              best = new int[depth];
              for (int i = 0; i < depth; i++) best[i] = stackEntries[i].op;
              bestStates = Arrays.copyOf(stackStates, depth + 1);
              bestStates[depth] = state;
            }
            entry = firstInert(head, state, table, inert, resets);
            continue;
          }
          linearized[op >>> 6] ^= 1L << op;
          // An inert operation leads to an explored dead end, so this configuration is one too (see firstInert).
          dead = inert[op];
        }
        if (!dead) {
          entry = entry.next;
          continue;
        }
      }
      boolean wasInert;
      do {
        if (depth == 0) return outcome(Verdict.NOT_LINEARIZABLE, best, bestStates, table, cache);
        depth--;
        entry = stackEntries[depth];
        state = stackStates[depth];
        wasInert = stackInert[depth];
        linearized[entry.op >>> 6] ^= 1L << entry.op;
        setHash ^= zobrist[entry.op];
        entry.unlift();
        if (entry.match != null) remaining++;
      } while (wasInert);
      entry = entry.next;
    }
    int[] order = new int[depth];
    for (int i = 0; i < depth; i++) order[i] = stackEntries[i].op;
    stackStates[depth] = state;
    return outcome(Verdict.LINEARIZABLE, order, stackStates, table, cache);
  }

  /**
   * Where to start scanning a new configuration: the first candidate that is inert (never changes
   * any state, like a read) and allowed in this state, else the list's head; null when the
   * configuration is hopeless.
   *
   * <p>Such an operation may as well take effect first: in any way to finish from here, moving it
   * to the front changes no state the others see, and breaks no real-time order, since it is a
   * candidate (every operation that returned before its call is already linearized). So the search
   * takes it and, should that fail, gives up on this configuration without trying alternatives.
   *
   * <p>Hopeless: a completed inert candidate is not allowed now, the model says no state reachable
   * without a reset would allow it, and no reset may take effect before it returns.
   */
  private static <S> Entry firstInert(Entry head, int state, StateTable<S> table, boolean[] inert, boolean[] resets) {
    Entry start = null;
    for (Entry e = head.next; e != null && e.isCall; e = e.next) {
      if (!inert[e.op]) continue;
      if (table.step(state, e.op) != StateTable.ILLEGAL) {
        if (start == null) start = e;
      } else if (e.match != null && !table.reachableWithoutReset(state, e.op) && !resetBefore(head, e.match.time, resets)) {
        return null;
      }
    }
    return start != null ? start : head.next;
  }

  private static boolean resetBefore(Entry head, long time, boolean[] resets) {
    for (Entry e = head.next; e != null && e.time <= time; e = e.next) {
      if (e.isCall && resets[e.op]) return true;
    }
    return false;
  }

  /** {@code states} holds the state before each step and, last, the state after the final one. */
  private Outcome<S> outcome(Verdict verdict, int[] order, int[] states, StateTable<S> table, ConfigurationCache cache) {
    List<S> after = new ArrayList<>(order.length);
    for (int i = 1; i <= order.length; i++) after.add(table.state(states[i]));
    return new Outcome<>(verdict, order, after, cache.size());
  }

  private Entry linkEntries() {
    List<Entry> entries = new ArrayList<>(2 * operations.size());
    for (int i = 0; i < operations.size(); i++) {
      Operation op = operations.get(i);
      Entry call = new Entry(i, true, op.call());
      entries.add(call);
      if (op.hasReturn()) {
        call.match = new Entry(i, false, op.ret());
        entries.add(call.match);
      }
    }
    // Calls before returns at equal times: touching operations count as concurrent.
    entries.sort(Comparator.<Entry>comparingLong(e -> e.time).thenComparing(e -> !e.isCall));
    Entry head = new Entry(-1, false, Long.MIN_VALUE);
    Entry last = head;
    for (Entry e : entries) {
      last.next = e;
      e.prev = last;
      last = e;
    }
    return head;
  }

  /** A call or return in the time-ordered list. A call's {@code match} is its return, if any. */
  private static final class Entry {
    final int op;
    final boolean isCall;
    final long time;
    Entry match;
    Entry prev;
    Entry next;

    Entry(int op, boolean isCall, long time) {
      this.op = op;
      this.isCall = isCall;
      this.time = time;
    }

    /** Takes this call and its return out of the list. */
    void lift() {
      unlink(this);
      if (match != null) unlink(match);
    }

    /** Puts them back; lifts are undone in reverse order, so the neighbours are as they were. */
    void unlift() {
      if (match != null) relink(match);
      relink(this);
    }

    private static void unlink(Entry e) {
      e.prev.next = e.next;
      if (e.next != null) e.next.prev = e.prev;
    }

    private static void relink(Entry e) {
      e.prev.next = e;
      if (e.next != null) e.next.prev = e;
    }
  }
}
