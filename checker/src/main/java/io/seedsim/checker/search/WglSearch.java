package io.seedsim.checker.search;

import io.seedsim.checker.Model;
import io.seedsim.checker.Operation;
import io.seedsim.checker.Verdict;
import io.seedsim.checker.search.EntryList.Entry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Wing-Gong-Lowe search for one partition. It walks the {@link EntryList}, linearizes a call
 * when the model allows it and the configuration is new (Lowe's memo of linearized set and state),
 * and backtracks when it meets the return of an operation it has not linearized.
 *
 * <p>Operations with an unknown outcome have no return entry: they may be linearized at any point
 * after their call, or never. The search succeeds once every completed operation is linearized.
 *
 * <p>Two prunings keep it fast, both justified at {@link #startOf}: inert operations (reads) are
 * taken first and never reordered, and a configuration whose pending read the model shows to be
 * unreachable is abandoned at once. One search object runs once.
 */
public final class WglSearch<S> {
  private static final int STEPS_BETWEEN_CLOCK_READS = 1 << 10;

  /**
   * What the search found.
   *
   * @param order indexes into the operations: the linearization when linearizable, otherwise the
   *     longest linearizable prefix found
   * @param statesAfter the state after each operation of {@code order}
   */
  public record Outcome<S>(
      Verdict verdict, int[] order, List<S> statesAfter, int configurations, boolean memoryBudgetSpent) {}

  private enum Attempt { ENTERED, REJECTED, DEAD_END }

  private final Deadline deadline;
  private final EntryList entries;
  private final StateTable<S> table;
  private final ConfigurationCache cache;
  private final boolean[] inert;
  private final boolean[] resets;
  private final long[] zobrist;

  // The current configuration: linearized set (bits and incremental hash), state, and the path to it.
  private final long[] linearized;
  private long setHash;
  private int state;
  private int remaining;
  private final Entry[] pathEntries;
  private final int[] pathStates;
  private int depth;
  // The longest prefix linearized so far. While the search only goes deeper, it is the live path
  // itself; it is copied out only when the search first backtracks from it. Copying it at every
  // new depth would cost O(n^2) on a long sequential history.
  private int bestDepth;
  private boolean bestSaved;
  private int[] best = new int[0];
  private int[] bestStates;

  public WglSearch(Model<S> model, List<Operation> operations, Deadline deadline) {
    this(model, operations, deadline, -1);
  }

  /** With {@code maxCacheBytes} > 0, the memo's memory budget in bytes (tests make it tiny). */
  WglSearch(Model<S> model, List<Operation> operations, Deadline deadline, double maxCacheBytes) {
    int n = operations.size();
    this.deadline = deadline;
    this.entries = new EntryList(operations);
    Object[] inputs = new Object[n];
    Object[] outputs = new Object[n];
    inert = new boolean[n];
    resets = new boolean[n];
    zobrist = new long[n];
    long seed = 0x5EED5EEDL;
    for (int i = 0; i < n; i++) {
      Operation op = operations.get(i);
      inputs[i] = op.input();
      outputs[i] = op.output();
      inert[i] = model.isInert(op.input(), op.output());
      resets[i] = model.resets(op.input());
      seed += 0x9E3779B97F4A7C15L;
      zobrist[i] = StateTable.mix(seed);
      if (op.hasReturn()) remaining++;
    }
    table = new StateTable<>(model, inputs, outputs);
    cache = maxCacheBytes > 0 ? new ConfigurationCache(n, maxCacheBytes) : new ConfigurationCache(n);
    linearized = new long[(n + 63) >>> 6];
    pathEntries = new Entry[n];
    pathStates = new int[n + 1];
    state = table.initial();
    bestStates = new int[] {state};
  }

  public Outcome<S> run() {
    long steps = 0;
    Entry entry = startOf(state);
    while (remaining > 0) {
      if (++steps % STEPS_BETWEEN_CLOCK_READS == 0 && (deadline.passed() || cache.full())) {
        return longestPrefix(Verdict.UNKNOWN);
      }
      if (entry != null && entry.isCall) {
        Attempt attempt = tryLinearize(entry);
        if (attempt == Attempt.ENTERED) {
          entry = startOf(state);
          continue;
        }
        if (attempt == Attempt.REJECTED) {
          entry = entry.next;
          continue;
        }
      }
      Entry undone = backtrack();
      if (undone == null) return longestPrefix(Verdict.NOT_LINEARIZABLE);
      entry = undone.next;
    }
    pathStates[depth] = state;
    return outcome(Verdict.LINEARIZABLE, pathOps(), pathStates);
  }

  private Attempt tryLinearize(Entry entry) {
    int op = entry.op;
    int next = table.step(state, op);
    if (next == StateTable.ILLEGAL) return Attempt.REJECTED;
    linearized[op >>> 6] ^= 1L << op;
    long hash = setHash ^ zobrist[op];
    long key = hash ^ StateTable.mix(next + 1);
    if (cache.add(key == 0 ? 1 : key, linearized, next)) {
      pathEntries[depth] = entry;
      pathStates[depth] = state;
      depth++;
      state = next;
      setHash = hash;
      entry.lift();
      if (entry.hasReturn()) remaining--;
      if (depth > bestDepth) {
        bestDepth = depth;
        bestSaved = false;
      }
      return Attempt.ENTERED;
    }
    linearized[op >>> 6] ^= 1L << op;
    // An inert operation leading to an explored dead end makes this configuration one too (see startOf).
    return inert[op] ? Attempt.DEAD_END : Attempt.REJECTED;
  }

  /**
   * Undoes the last step, and keeps undoing while the step undone was inert (see startOf).
   * Returns the entry of the last step undone, or null when there is nothing left to undo.
   */
  private Entry backtrack() {
    if (!bestSaved) {
      saveBest();
    }
    Entry undone;
    do {
      if (depth == 0) return null;
      depth--;
      undone = pathEntries[depth];
      state = pathStates[depth];
      linearized[undone.op >>> 6] ^= 1L << undone.op;
      setHash ^= zobrist[undone.op];
      undone.unlift();
      if (undone.hasReturn()) remaining++;
    } while (inert[undone.op]);
    return undone;
  }

  /**
   * Where to scan a configuration from: the first candidate that is inert (never changes any
   * state, like a read) and allowed in this state, else the list's first entry; null when the
   * configuration is hopeless.
   *
   * <p>Such an operation may as well take effect first: in any way to finish from here, moving it
   * to the front changes no state the others see, and breaks no real-time order, since it is a
   * candidate (every operation that returned before its call is already linearized). So the search
   * takes it and, should that fail, gives up on this configuration without trying alternatives.
   *
   * <p>Hopeless: a completed inert candidate is not allowed now, the model says no state reachable
   * without a reset allows it, and no reset can take effect before it returns.
   */
  private Entry startOf(int current) {
    Entry start = null;
    for (Entry e = entries.first(); e != null && e.isCall; e = e.next) {
      if (!inert[e.op]) continue;
      if (table.step(current, e.op) != StateTable.ILLEGAL) {
        if (start == null) start = e;
      } else if (e.hasReturn() && !table.reachableWithoutReset(current, e.op) && !resetBefore(e.match.time)) {
        return null;
      }
    }
    return start != null ? start : entries.first();
  }

  private boolean resetBefore(long time) {
    for (Entry e = entries.first(); e != null && e.time <= time; e = e.next) {
      if (e.isCall && resets[e.op]) return true;
    }
    return false;
  }

  /** Copies the live path out as the best: it is, until the search backtracks from it. */
  private void saveBest() {
    pathStates[depth] = state;
    best = pathOps();
    bestStates = Arrays.copyOf(pathStates, depth + 1);
    bestSaved = true;
  }

  private Outcome<S> longestPrefix(Verdict verdict) {
    if (!bestSaved) {
      saveBest();
    }
    return outcome(verdict, best, bestStates);
  }

  private int[] pathOps() {
    int[] ops = new int[depth];
    for (int i = 0; i < depth; i++) ops[i] = pathEntries[i].op;
    return ops;
  }

  /** {@code states} holds the state before each step and, last, the state after the final one. */
  private Outcome<S> outcome(Verdict verdict, int[] order, int[] states) {
    List<S> after = new ArrayList<>(order.length);
    for (int i = 1; i <= order.length; i++) after.add(table.state(states[i]));
    return new Outcome<>(verdict, order, after, cache.size(), verdict == Verdict.UNKNOWN && cache.full());
  }
}
