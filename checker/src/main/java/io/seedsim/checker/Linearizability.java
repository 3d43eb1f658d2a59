package io.seedsim.checker;

import io.seedsim.checker.search.Deadline;
import io.seedsim.checker.search.PartitionChecker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Decides whether a history is linearizable with respect to a model. Each partition (key) is
 * checked on its own, in parallel across cores; past the time budget the answer is UNKNOWN.
 */
public final class Linearizability {
  private Linearizability() {}

  /** Below this many operations, handing partitions to other cores costs more than it saves. */
  private static final int PARALLEL_FROM_OPERATIONS = 1000;

  /** The label of the one partition of an unpartitioned model. */
  public static final String WHOLE_HISTORY = "all";

  /**
   * Checks {@code history}. An empty history is linearizable.
   *
   * @param timeout the time budget; null or zero for none
   */
  public static <S> CheckResult check(Model<S> model, List<Operation> history, Duration timeout) {
    long start = System.nanoTime();
    Deadline deadline = Deadline.after(timeout);
    PartitionChecker<S> checker = new PartitionChecker<>(model);
    List<Map.Entry<String, List<Operation>>> partitions = new ArrayList<>(partition(model, history).entrySet());
    Function<Map.Entry<String, List<Operation>>, PartitionResult> checkOne = p -> {
      PartitionResult result = checker.check(p.getKey(), p.getValue(), deadline);
      // One violation settles the verdict, so the other partitions stop (as Porcupine does).
      if (result.verdict() == Verdict.NOT_LINEARIZABLE) deadline.cancel();
      return result;
    };
    boolean parallel = partitions.size() > 1 && history.size() >= PARALLEL_FROM_OPERATIONS;
    List<PartitionResult> results = parallel
        ? partitions.parallelStream().map(checkOne).toList()
        : partitions.stream().map(checkOne).toList();
    Verdict verdict = Verdict.LINEARIZABLE;
    for (PartitionResult result : results) verdict = verdict.and(result.verdict());
    return new CheckResult(verdict, results, System.nanoTime() - start);
  }

  /** The history split by the model's partition function, each part in call order. */
  static <S> Map<String, List<Operation>> partition(Model<S> model, List<Operation> history) {
    Map<String, List<Operation>> parts = new TreeMap<>(LABEL_ORDER);
    for (Operation op : history) {
      String key = model.partitionOf(op.input());
      parts.computeIfAbsent(key == null ? WHOLE_HISTORY : key, k -> new ArrayList<>()).add(op);
    }
    Comparator<Operation> byCall = Comparator.comparingLong(Operation::call).thenComparingInt(Operation::id);
    parts.values().forEach(ops -> ops.sort(byCall));
    return parts;
  }

  /** Numeric labels in numeric order, before any other label; others alphabetically. */
  private static final Comparator<String> LABEL_ORDER = (a, b) -> {
    boolean aNumber = isNumber(a);
    boolean bNumber = isNumber(b);
    if (aNumber && bNumber) {
      int byLength = Integer.compare(a.length(), b.length());
      return byLength != 0 ? byLength : a.compareTo(b);
    }
    if (aNumber != bNumber) return aNumber ? -1 : 1;
    return a.compareTo(b);
  };

  private static boolean isNumber(String s) {
    if (s.isEmpty() || s.length() > 1 && s.charAt(0) == '0') return false;
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isDigit(s.charAt(i))) return false;
    }
    return true;
  }
}
