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
  /**
   * How often the clock and the memory budget are read. A step costs tens of nanoseconds and a
   * clock read about as much, so this keeps the overrun past a deadline to microseconds however
   * slow single steps get (a step whose model work is slow is also one step).
   */
  private static final int STEPS_BETWEEN_CLOCK_READS = 1 << 5;

  /** Why a search stopped without a verdict. */
  public enum Stop {
    /** It has a verdict. */
    NONE,
    /** The time budget ran out, or the check was called off. */
    TIME,
    /** The memory budget ran out. */
    MEMORY,
    /** It entered as many configurations as it was asked to; {@link #run} goes on from there. */
    PAUSED
  }

  /**
   * What the search found.
   *
   * @param order indexes into the operations: the linearization when linearizable, otherwise the
   *     longest linearizable prefix found
   * @param statesAfter the state after each operation of {@code order}
   * @param stop why the verdict is UNKNOWN; NONE otherwise
   */
  public record Outcome<S>(Verdict verdict, int[] order, List<S> statesAfter, int configurations, Stop stop) {
    public boolean memoryBudgetSpent() {
      return stop == Stop.MEMORY;
    }
  }

  private enum Attempt { ENTERED, REJECTED, DEAD_END }

  private Deadline deadline;
  private final MemoryBudget memory;
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
  private Entry entry;
  private boolean started;
  private long steps;
  private final Entry[] pathEntries;
  private final int[] pathStates;
  private int depth;
  // The longest prefix linearized so far. While the search only goes deeper, it is the live path
  // itself; it is copied out only when the search first backtracks from it. Copying it at every
  // new depth would cost O(n^2) on a long sequential history.
  private int bestDepth;
  private boolean bestSaved;
  private final int[] best;
  private final int[] bestStates;
  // The path below this depth has not changed since the best was last saved, so saving it again
  // copies only from here: a history that backtracks a little at ever deeper points would
  // otherwise copy its whole path each time.
  private int unchangedBelow;

  public WglSearch(Model<S> model, List<Operation> operations, Deadline deadline) {
    this(model, operations, deadline, MemoryBudget.shareOfHeap());
  }

  /** With a memory budget of {@code maxBytes} of its own (tests make it tiny). */
  WglSearch(Model<S> model, List<Operation> operations, Deadline deadline, double maxBytes) {
    this(model, operations, deadline, new MemoryBudget(maxBytes));
  }

  WglSearch(Model<S> model, List<Operation> operations, Deadline deadline, MemoryBudget memory) {
    int n = operations.size();
    this.deadline = deadline;
    this.memory = memory;
    this.entries = new EntryList(operations);
    Object[] inputs = new Object[n];
    Object[] outputs = new Object[n];
    inert = new boolean[n];
    resets = new boolean[n];
    zobrist = new long[n];
    long seed = 0x5EED5EEDL;
    for (int i = 0; i < n; i++) {
      Operation op = operations.get(i);
      if (i > 0 && op.call() < operations.get(i - 1).call()) {
        // The memo stores a set as "all below the lowest open operation, plus a few words", which
        // needs operation indexes in call order.
        throw new IllegalArgumentException("operations must be in call order: " + op.id() + " is not");
      }
      inputs[i] = op.input();
      outputs[i] = op.output();
      inert[i] = model.isInert(op.input(), op.output());
      resets[i] = model.resets(op.input());
      seed += 0x9E3779B97F4A7C15L;
      zobrist[i] = StateTable.mix(seed);
      if (op.hasReturn()) remaining++;
    }
    table = new StateTable<>(model, inputs, outputs, memory);
    cache = new ConfigurationCache(n, memory);
    linearized = new long[(n + 63) >>> 6];
    pathEntries = new Entry[n];
    pathStates = new int[n + 1];
    state = table.initial();
    best = new int[n];
    bestStates = new int[n + 1];
    bestStates[0] = state;
  }

  /** Runs to a verdict, or until a budget runs out. */
  public Outcome<S> run() {
    return run(Integer.MAX_VALUE, deadline);
  }

  /**
   * Runs to a verdict, or until {@code until} passes or the memory budget runs out, or until the
   * memo holds {@code configurations} configurations (then the outcome's stop is PAUSED, and
   * calling run again goes on from there).
   */
  public Outcome<S> run(int configurations, Deadline until) {
    deadline = until;
    if (!started) {
      started = true;
      entry = startOf(state);
    }
    while (remaining > 0) {
      if (++steps % STEPS_BETWEEN_CLOCK_READS == 0) {
        if (deadline.passed()) return longestPrefix(Stop.TIME);
        if (memory.spent()) return longestPrefix(Stop.MEMORY);
      }
      if (cache.size() >= configurations) return longestPrefix(Stop.PAUSED);
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
      if (undone == null) {
        remaining = -1; // done: a later run() must not go on
        return longestPrefix(Stop.NONE);
      }
      entry = undone.next;
    }
    if (remaining < 0) return longestPrefix(Stop.NONE);
    pathStates[depth] = state;
    return outcome(Verdict.LINEARIZABLE, pathOps(), pathStates, Stop.NONE);
  }

  private Attempt tryLinearize(Entry entry) {
    int op = entry.op;
    int next = table.step(state, op);
    if (next == StateTable.ILLEGAL) return Attempt.REJECTED;
    linearized[op >>> 6] ^= 1L << op;
    long hash = setHash ^ zobrist[op];
    long key = hash ^ StateTable.mix(next + 1);
    Entry first = entries.first();
    int lowest = first == null ? zobrist.length : first.op == op ? lowestAfter(first) : first.op;
    if (cache.add(key == 0 ? 1 : key, linearized, lowest, depth + 1, next)) {
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
      unchangedBelow = Math.min(unchangedBelow, depth);
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
   * <p>Hopeless: a completed candidate is not allowed now, the model says no state reachable
   * without a reset allows it, and no reset that can take effect before it returns leads to a state
   * from which one is reachable (a put of a value the candidate's output does not extend). Resets
   * set the state whatever it was before (see {@link Model#resets}), so the state a reset leads to
   * can be computed from any state.
   */
  private Entry startOf(int current) {
    Entry start = null;
    // Easy histories need about one configuration per operation; past that, the search also asks
    // of candidates that change the state (appends) whether they can still fit, which costs a
    // model step per candidate and configuration. A count, so the search stays deterministic.
    boolean struggling = cache.size() > 2 * zobrist.length + 1024;
    for (Entry e = entries.first(); e != null && e.isCall; e = e.next) {
      if (inert[e.op]) {
        if (table.step(current, e.op) != StateTable.ILLEGAL) {
          if (start == null) start = e;
          continue;
        }
      } else if (!struggling) {
        continue;
      }
      // Not allowed now (for a non-inert one: unreachable without reset, so not allowed now either).
      if (e.hasReturn() && !table.reachableWithoutReset(current, e.op) && !resetLeadsTo(current, e)) return null;
    }
    return start != null ? start : entries.first();
  }

  /** True when a reset called before {@code blocked} returns can lead to a state that allows it later. */
  private boolean resetLeadsTo(int current, Entry blocked) {
    for (Entry e = entries.first(); e != null && e.time <= blocked.match.time; e = e.next) {
      if (!e.isCall || !resets[e.op] || e == blocked) continue;
      int after = table.step(current, e.op);
      if (after != StateTable.ILLEGAL && table.reachableWithoutReset(after, blocked.op)) return true;
    }
    return false;
  }

  /** The lowest operation still open once {@code first}, the lowest, is linearized. */
  private int lowestAfter(Entry first) {
    for (Entry e = first.next; e != null; e = e.next) {
      if (e.isCall) return e.op;
    }
    return zobrist.length;
  }

  /** Copies the live path out as the best: it is, until the search backtracks from it. */
  private void saveBest() {
    pathStates[depth] = state;
    for (int i = unchangedBelow; i < depth; i++) {
      best[i] = pathEntries[i].op;
      bestStates[i] = pathStates[i];
    }
    bestStates[depth] = state;
    bestDepth = depth;
    unchangedBelow = depth;
    bestSaved = true;
  }

  private Outcome<S> longestPrefix(Stop stop) {
    if (!bestSaved) {
      saveBest();
    }
    return outcome(stop == Stop.NONE ? Verdict.NOT_LINEARIZABLE : Verdict.UNKNOWN,
        Arrays.copyOf(best, bestDepth), bestStates, stop);
  }

  private int[] pathOps() {
    int[] ops = new int[depth];
    for (int i = 0; i < depth; i++) ops[i] = pathEntries[i].op;
    return ops;
  }

  /** {@code states} holds the state before each step and, last, the state after the final one. */
  private Outcome<S> outcome(Verdict verdict, int[] order, int[] states, Stop stop) {
    List<S> after = new ArrayList<>(order.length);
    for (int i = 1; i <= order.length; i++) after.add(table.state(states[i]));
    return new Outcome<>(verdict, order, after, cache.size(), stop);
  }
}
