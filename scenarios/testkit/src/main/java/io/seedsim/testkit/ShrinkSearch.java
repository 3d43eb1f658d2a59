package io.seedsim.testkit;

import io.seedsim.sim.ChoiceCapture;
import io.seedsim.sim.Choices;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * One shrink's state: the smallest failing choices found so far, and the passes that try to make
 * them smaller. Every pass edits the current best and keeps an edit only if {@link #attempt} says
 * the run still fails the same way and is smaller; the best is always the choices a replay actually
 * took, trimmed, so unused tails disappear by themselves.
 */
final class ShrinkSearch {

  private final Scenario scenario;
  private final long seed;
  private final String variant;
  private final FailureSignature target;
  private final long deadlineNanos;
  private final long maxRuns;
  /** Fingerprints of choices already replayed; only looked up. */
  private final Set<Long> tried = new HashSet<>();
  /** The same for {@link #zeroLeftoverChoices}, which judges runs by another rule. */
  private final Set<Long> triedLeftover = new HashSet<>();

  private Choices best;
  private RunSize bestSize;
  private RunResult bestResult;
  private long runs;
  private boolean budgetSpent;

  ShrinkSearch(Scenario scenario, long seed, String variant, FailureSignature target, long deadlineNanos, long maxRuns) {
    this.scenario = scenario;
    this.seed = seed;
    this.variant = variant;
    this.target = target;
    this.deadlineNanos = deadlineNanos;
    this.maxRuns = maxRuns;
  }

  /** Replays the recorded choices; false if that does not fail the same way. */
  boolean start(Choices recorded) {
    return attempt(recorded.trimmed());
  }

  /** Runs rounds of passes until one finds nothing smaller; false if a budget stopped it first. */
  boolean run() {
    attempt(Choices.of(Map.of())); // the simplest run of all
    boolean improved = true;
    while (improved && !budgetSpent) {
      improved = truncateStreams();
      improved |= editSpans(Edit.STOP);
      improved |= editSpans(Edit.DELETE);
      improved |= editSpans(Edit.ZERO);
      improved |= lowerValues();
      if (!improved) { // only from where the other passes are stuck, so it never ends anywhere bigger
        improved = zeroRealigned();
      }
    }
    while (!budgetSpent && zeroLeftoverChoices()) {
      // each round leaves fewer non-zero choices; a zeroed one shifts what later draws read
    }
    return !budgetSpent;
  }

  Choices best() {
    return best;
  }

  RunSize bestSize() {
    return bestSize;
  }

  RunResult bestResult() {
    return bestResult;
  }

  FailureSignature target() {
    return target;
  }

  long runs() {
    return runs;
  }

  /** Each stream cut as short as it stays failing: to nothing, else by bisecting its length. */
  private boolean truncateStreams() {
    boolean improved = false;
    for (String stream : streams()) {
      if (attempt(best.with(stream, new long[0]))) {
        improved = true;
        continue;
      }
      int failsAt = 0;
      int holdsAt = length(stream);
      while (holdsAt - failsAt > 1 && !budgetSpent) {
        int mid = (failsAt + holdsAt) >>> 1;
        if (attempt(best.with(stream, Arrays.copyOf(best.outcomes(stream), Math.min(mid, length(stream)))))) {
          improved = true;
          holdsAt = Math.min(mid, length(stream));
        } else {
          failsAt = mid;
        }
      }
    }
    return improved;
  }

  /** How a span of choices is edited. */
  private enum Edit {
    /** Remove it: what came after takes its place (a client's later operations happen earlier). */
    DELETE,
    /**
     * Replace it with one 0: the consumer stops there ({@code proceed} false) and whoever reads
     * the stream next starts with what came after the span (the next round of a workload).
     */
    STOP,
    /** Make every choice in it the simplest: deliver, no fault, the shortest delay. */
    ZERO
  }

  /**
   * Edits spans of each stream as delta debugging does: the largest power-of-two span that fits
   * first, tried at every multiple of itself from the stream's start, then spans half as long, down
   * to single choices.
   */
  private boolean editSpans(Edit edit) {
    boolean improved = false;
    for (String stream : streams()) {
      for (int span = Integer.highestOneBit(Math.max(1, length(stream))); span >= 1 && !budgetSpent; span /= 2) {
        for (int at = 0; at + span <= length(stream) && !budgetSpent; ) {
          long[] edited = edited(best.outcomes(stream), at, span, edit);
          if (edited != null && attempt(best.with(stream, edited))) {
            improved = true; // the span now holds what came after it: try the same place again
          } else {
            at += span;
          }
        }
      }
    }
    return improved;
  }

  /** Each remaining value lowered as far as it stays failing, by bisection. */
  private boolean lowerValues() {
    boolean improved = false;
    for (String stream : streams()) {
      for (int at = 0; at < length(stream) && !budgetSpent; at++) {
        long failsAt = 0;
        long holdsAt = best.outcomes(stream)[at];
        while (holdsAt - failsAt > 1 && !budgetSpent) { // negative raw longs are left to zeroing
          long mid = failsAt + (holdsAt - failsAt) / 2;
          long[] o = best.outcomes(stream);
          o[at] = mid;
          if (attempt(best.with(stream, o))) {
            improved = true;
            holdsAt = at < length(stream) ? best.outcomes(stream)[at] : 0;
          } else {
            failsAt = mid;
          }
        }
      }
    }
    return improved;
  }

  /** How far {@link #zeroRealigned} moves another stream's choices to the front. */
  static final int MAX_REALIGN = 16;

  /**
   * Each choice zeroed together with another stream's choices moved to the front. Streams that
   * every node draws from in turn (the network's) shift when a choice leaves something out: a
   * client that is not there sends no messages, so the fault that hit the message after its own
   * would now hit another one. This pass deletes 1..{@link #MAX_REALIGN} choices just before the
   * other stream's first non-zero one, so that fault can land where it did.
   */
  private boolean zeroRealigned() {
    boolean improved = false;
    for (String stream : streams()) {
      for (int at = 0; at < length(stream) && !budgetSpent; at++) {
        if (best.outcomes(stream)[at] != 0) {
          improved |= zeroRealigned(stream, at);
        }
      }
    }
    return improved;
  }

  private boolean zeroRealigned(String stream, int at) {
    long[] zeroed = best.outcomes(stream);
    zeroed[at] = 0;
    Choices base = best.with(stream, zeroed);
    for (String other : streams()) {
      long[] o = base.outcomes(other);
      int first = 0;
      while (first < o.length && o[first] == 0) {
        first++;
      }
      if (other.equals(stream) || first == o.length) {
        continue;
      }
      for (int span = 1; span <= Math.min(first, MAX_REALIGN) && !budgetSpent; span++) {
        if (attempt(base.with(other, edited(o, first - span, span, Edit.DELETE)))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Events a zeroed choice may add in {@link #zeroLeftoverChoices}: a message and its answer. */
  static final long EVENTS_PER_FAULT = 2;

  /**
   * The last pass: each choice still away from the simplest (most often a fault the failure does
   * not need: a message dropped that nobody waits for) is zeroed if the run still fails the same way
   * with fewer non-zero choices, no more operations and at most {@link #EVENTS_PER_FAULT} more
   * events; it returns whether it zeroed any, and runs again while it does. The passes before
   * it rank events first, so a drop that saves the delivery of an irrelevant message would stay;
   * fewer faults is worth those few events to the reader.
   */
  private boolean zeroLeftoverChoices() {
    boolean improved = false;
    for (String stream : streams()) {
      for (int at = 0; at < length(stream) && !budgetSpent; at++) {
        if (best.outcomes(stream)[at] == 0) {
          continue;
        }
        long[] o = best.outcomes(stream);
        o[at] = 0;
        RunSize was = bestSize;
        improved |= attempt(best.with(stream, o), size -> size.nonZeroChoices() < was.nonZeroChoices()
            && size.operations() <= was.operations() && size.events() <= was.events() + EVENTS_PER_FAULT);
      }
    }
    return improved;
  }

  /**
   * Replays {@code candidate}; if the run fails the same way and is smaller than the best, it
   * becomes the best (as the choices the replay took) and this returns true.
   */
  private boolean attempt(Choices candidate) {
    return attempt(candidate, null);
  }

  /**
   * As {@link #attempt(Choices)}, but a failing run of the same way becomes the best when {@code
   * accept} says so (null: when it is smaller).
   */
  private boolean attempt(Choices candidate, Predicate<RunSize> accept) {
    if (runs >= maxRuns || System.nanoTime() - deadlineNanos > 0) {
      budgetSpent = true;
      return false;
    }
    Set<Long> seen = accept == null ? tried : triedLeftover;
    if (!seen.add(fingerprint(candidate))) {
      return false;
    }
    runs++;
    var replay = ChoiceCapture.replay(seed, candidate, () -> GuardedRun.execute(scenario, seed, variant));
    RunResult result = replay.result();
    if (result.passed() || !FailureSignature.of(result.failure()).equals(target)) {
      return false;
    }
    Choices taken = replay.choices().trimmed();
    seen.add(fingerprint(taken));
    RunSize size = RunSize.of(result, taken);
    if (accept != null ? !accept.test(size) : best != null && (size.compareTo(bestSize) > 0
        || size.compareTo(bestSize) == 0 && compare(taken, best) >= 0)) {
      return false;
    }
    best = taken;
    bestSize = size;
    bestResult = result;
    return true;
  }

  private List<String> streams() {
    return List.copyOf(best.streams());
  }

  private int length(String stream) {
    return best.outcomes(stream).length;
  }

  /** The stream with the span edited, or null if the edit changes nothing. */
  private static long[] edited(long[] o, int at, int span, Edit edit) {
    if (edit == Edit.ZERO || edit == Edit.STOP && span == 1) {
      long[] zeroed = o.clone();
      Arrays.fill(zeroed, at, at + span, 0);
      return Arrays.equals(zeroed, o) ? null : zeroed;
    }
    int kept = edit == Edit.STOP ? 1 : 0; // STOP leaves one 0 where the span was
    long[] shorter = new long[o.length - span + kept];
    System.arraycopy(o, 0, shorter, 0, at);
    System.arraycopy(o, at + span, shorter, at + kept, o.length - at - span);
    return shorter;
  }

  /** Equal sizes: the choices themselves decide, stream by stream, value by value (unsigned). */
  static int compare(Choices a, Choices b) {
    Set<String> streams = new TreeSet<>(a.streams());
    streams.addAll(b.streams());
    for (String s : streams) {
      int c = Arrays.compareUnsigned(a.outcomes(s), b.outcomes(s));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private static long fingerprint(Choices c) {
    long h = 0x9e3779b97f4a7c15L;
    for (String s : c.streams()) {
      long[] o = c.outcomes(s);
      int n = o.length;
      while (n > 0 && o[n - 1] == 0) {
        n--; // trailing zeros replay as the same run
      }
      if (n == 0) {
        continue;
      }
      h = mix(h ^ s.hashCode());
      for (int i = 0; i < n; i++) {
        h = mix(h + o[i]);
      }
      h = mix(h ^ n);
    }
    return h;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
