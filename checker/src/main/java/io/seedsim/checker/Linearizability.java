package io.seedsim.checker;

import io.seedsim.checker.search.Deadline;
import io.seedsim.checker.search.PartitionChecker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Decides whether a history is linearizable with respect to a model. Each partition (key) is
 * checked on its own, in parallel across cores; past the time budget the answer is UNKNOWN.
 *
 * <p>The answer is a function of the history alone, however many threads check it (budgets
 * aside): the violation reported is the one of the first violating partition in label order.
 * Once a partition is found not linearizable, only the partitions after it are called off; every
 * partition before it runs to its end, and a later violation that happened to finish first is
 * reported as "not checked", as a run on one thread would have it.
 */
public final class Linearizability {
  private Linearizability() {}

  /** Below this many operations, handing partitions to other cores costs more than it saves. */
  static final int PARALLEL_FROM_OPERATIONS = 1000;

  /** The label of the one partition of an unpartitioned model. */
  public static final String WHOLE_HISTORY = "all";

  /**
   * Checks {@code history}. An empty history is linearizable.
   *
   * @param timeout the time budget, counted from now; null for none
   */
  public static <S> CheckResult check(Model<S> model, List<Operation> history, Duration timeout) {
    return checkWith(model, history, CheckOptions.within(timeout));
  }

  /** Checks {@code history} under {@code options}: a deadline started earlier, threads, detail. */
  public static <S> CheckResult checkWith(Model<S> model, List<Operation> history, CheckOptions options) {
    long start = System.nanoTime();
    PartitionChecker<S> checker = new PartitionChecker<>(model);
    List<Map.Entry<String, List<Operation>>> partitions = new ArrayList<>(partition(model, history).entrySet());
    int count = partitions.size();
    List<Deadline> deadlines = new ArrayList<>(count);
    for (int i = 0; i < count; i++) deadlines.add(options.deadline().child());
    AtomicInteger firstViolation = new AtomicInteger(count);
    PartitionResult[] results = new PartitionResult[count];
    IntConsumer checkOne = i -> {
      Map.Entry<String, List<Operation>> p = partitions.get(i);
      PartitionResult result = checker.check(p.getKey(), p.getValue(), deadlines.get(i), options.explain());
      if (result.verdict() == Verdict.NOT_LINEARIZABLE) {
        // The verdict is settled; the partitions after this one need not finish.
        int first = firstViolation.accumulateAndGet(i, Math::min);
        for (int j = first + 1; j < count; j++) deadlines.get(j).cancel();
      }
      results[i] = result;
    };
    boolean parallel = count > 1 && options.threads() != 1
        && (options.threads() > 1 || history.size() >= PARALLEL_FROM_OPERATIONS);
    if (!parallel) {
      for (int i = 0; i < count; i++) checkOne.accept(i);
    } else if (options.threads() == 0) {
      IntStream.range(0, count).parallel().forEach(checkOne);
    } else {
      onPool(options.threads(), () -> IntStream.range(0, count).parallel().forEach(checkOne));
    }
    int first = firstViolation.get();
    List<PartitionResult> settled = new ArrayList<>(count);
    Verdict verdict = Verdict.LINEARIZABLE;
    for (int i = 0; i < count; i++) {
      PartitionResult result = i <= first ? results[i] : notChecked(results[i], partitions.get(first).getKey());
      settled.add(result);
      verdict = verdict.and(result.verdict());
    }
    return new CheckResult(verdict, settled, System.nanoTime() - start);
  }

  /** A partition after the first violation, reported alike whether or not it happened to finish. */
  private static PartitionResult notChecked(PartitionResult result, String violating) {
    return new PartitionResult(result.partition(), Verdict.UNKNOWN, result.operations(), result.initialState(),
        List.of(), List.of(), List.of(),
        "not checked: partition " + violating + " is not linearizable, which settles the verdict");
  }

  private static void onPool(int threads, Runnable work) {
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      pool.submit(work).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while checking", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err;
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
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
