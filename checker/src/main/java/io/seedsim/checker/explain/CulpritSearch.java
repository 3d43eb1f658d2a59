package io.seedsim.checker.explain;

import io.seedsim.checker.CheckResult;
import io.seedsim.checker.Linearizability;
import io.seedsim.checker.Model;
import io.seedsim.checker.Operation;
import io.seedsim.checker.Verdict;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the culprit of a violation: the fewest operations of a non-linearizable partition that
 * still cannot all be linearized. Deletion-based minimization with the checker as the oracle:
 * leave out a chunk of operations (halves, then quarters, ... then one at a time), keep the smaller
 * set if it is still not linearizable. Leaving out a writer also leaves out every operation that
 * read what it wrote, so the set never blames a read for a value nobody in it wrote.
 *
 * <p>The budget is a number of checks, not a time, so the same history always gives the same
 * culprit (pages must be the same bytes for the same input).
 */
public final class CulpritSearch {
  /** Checks allowed per partition: a few hundred small checks take well under a second. */
  static final int CHECK_BUDGET = 400;

  /**
   * A backstop for partitions whose checks are slow: past it the search keeps the smallest set
   * found so far and says it may not be the smallest (then, and only then, timing decides).
   */
  private static final long TIME_BUDGET_NANOS = 3_000_000_000L;

  /** Past this size, finding which writes a read saw costs too much: no culprit. */
  static final int MAX_OPERATIONS = 3000;

  /** A check of a subset taking longer than this counts as "still linearizable": keep the operations. */
  private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(1);

  private CulpritSearch() {}

  /**
   * @param partition the operations of one partition that the checker found not linearizable
   * @return the culprit, or empty when the model is not one this search understands (kv and the
   *     register models) or the partition turns out linearizable
   */
  public static <S> Optional<Culprit> find(Model<S> model, List<Operation> partition) {
    if (partition.isEmpty() || partition.size() > MAX_OPERATIONS
        || !partition.stream().allMatch(op -> ObservedWrites.understands(op.input()))) {
      return Optional.empty();
    }
    Map<Operation, List<Operation>> needs = new HashMap<>();
    for (Operation op : partition) needs.put(op, ObservedWrites.writersSeenBy(op, partition));
    Search<S> search = new Search<>(model);
    CheckResult whole = search.check(partition);
    if (whole.verdict() != Verdict.NOT_LINEARIZABLE) {
      return Optional.empty();
    }
    List<Operation> kept = smallStart(whole, partition, needs, search);
    for (int chunk = Math.max(1, kept.size() / 2); ; chunk = Math.max(1, chunk / 2)) {
      boolean removedAny = false;
      // From the end backwards: the later operations are most often the ones that do not matter.
      for (int end = kept.size(); end > 0 && search.hasBudget(); ) {
        int start = Math.max(0, end - chunk);
        List<Operation> candidate = closed(without(kept, start, end), needs);
        if (candidate.size() < kept.size() && !candidate.isEmpty() && search.fails(candidate)) {
          kept = candidate;
          removedAny = true;
          end = Math.min(start, kept.size());
        } else {
          end = start;
        }
      }
      if (!search.hasBudget() || (chunk == 1 && !removedAny)) break;
    }
    boolean minimal = search.hasBudget();
    List<Integer> ids = kept.stream().map(Operation::id).toList();
    return Optional.of(new Culprit(ids, CulpritSentence.of(model, kept), minimal));
  }

  /**
   * Tries first the pairs that make the readable explanations: a read that could not be placed and
   * one write that it missed although the write returned before the read was called, the reader's
   * own client's writes first (a client must see its own writes), each with the writers of what
   * they saw. The first such set that cannot be linearized is where minimization starts; else the
   * whole partition.
   */
  private static <S> List<Operation> smallStart(
      CheckResult whole, List<Operation> partition, Map<Operation, List<Operation>> needs, Search<S> search) {
    List<Integer> unplaced = whole.partitions().get(0).unplaceableIds();
    for (Operation reader : partition) {
      if (!unplaced.contains(reader.id()) || reader.output() == null) continue;
      List<Operation> writes = new ArrayList<>();
      for (Operation w : partition) {
        if (w != reader && ObservedWrites.written(w) != null && w.hasReturn() && w.ret() < reader.call()
            && !needs.get(reader).contains(w)) writes.add(w);
      }
      writes.sort(Comparator.comparing((Operation w) -> w.client() != reader.client()).thenComparing(w -> -w.ret()));
      for (Operation w : writes.subList(0, Math.min(writes.size(), 8))) {
        Set<Operation> chosen = new HashSet<>();
        withWriters(reader, needs, chosen);
        withWriters(w, needs, chosen);
        List<Operation> candidate = partition.stream().filter(chosen::contains).toList();
        if (search.fails(candidate)) return candidate;
      }
    }
    return partition;
  }

  private static void withWriters(Operation op, Map<Operation, List<Operation>> needs, Set<Operation> chosen) {
    if (!chosen.add(op)) return;
    for (Operation writer : needs.get(op)) withWriters(writer, needs, chosen);
  }

  private static List<Operation> without(List<Operation> ops, int from, int to) {
    List<Operation> rest = new ArrayList<>(ops.subList(0, from));
    rest.addAll(ops.subList(to, ops.size()));
    return rest;
  }

  /** Leaves out, until none is left, every operation that read a write which is not in the set. */
  private static List<Operation> closed(List<Operation> ops, Map<Operation, List<Operation>> needs) {
    List<Operation> current = ops;
    while (true) {
      Set<Operation> present = new HashSet<>(current);
      List<Operation> next = new ArrayList<>();
      for (Operation op : current) {
        if (present.containsAll(needs.get(op))) next.add(op);
      }
      if (next.size() == current.size()) return current;
      current = next;
    }
  }

  /** The checker as an oracle, counting its uses. */
  private static final class Search<S> {
    private final Model<S> model;
    private final long start = System.nanoTime();
    private int checks;

    Search(Model<S> model) {
      this.model = model;
    }

    boolean hasBudget() {
      return checks < CHECK_BUDGET && System.nanoTime() - start < TIME_BUDGET_NANOS;
    }

    boolean fails(List<Operation> ops) {
      return check(ops).verdict() == Verdict.NOT_LINEARIZABLE;
    }

    CheckResult check(List<Operation> ops) {
      checks++;
      return Linearizability.check(model, ops, CHECK_TIMEOUT);
    }
  }
}
