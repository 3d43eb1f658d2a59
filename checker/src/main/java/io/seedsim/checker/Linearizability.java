package io.seedsim.checker;

import io.seedsim.checker.search.PartitionChecker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Decides whether a history is linearizable with respect to a model. Each partition (key) is
 * checked on its own, in parallel across cores; past the time budget the answer is UNKNOWN.
 *
 * <p>The answer is a function of the history alone, however many threads check it (budgets
 * aside). Partitions are checked in rounds of a growing number of configurations; the first round
 * in which one is found not linearizable settles the verdict, the first such partition in label
 * order is the one reported, and the partitions still unfinished stop.
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
    List<PartitionChecker<S>.Progress> progress = new ArrayList<>(count);
    for (Map.Entry<String, List<Operation>> p : partitions) {
      progress.add(checker.start(p.getKey(), p.getValue(), options.deadline(), options.explain()));
    }
    boolean parallel = count > 1 && options.threads() != 1
        && (options.threads() > 1 || history.size() >= PARALLEL_FROM_OPERATIONS);
    // Rounds: every open partition may enter twice as many configurations as in the round before.
    // The first round in which some partition is not linearizable settles the verdict, and the
    // first such partition in label order is the one reported; which ones finish in a round does
    // not depend on threads or timing, only on the history (and on budgets running out).
    List<Integer> open = IntStream.range(0, count).boxed().toList();
    int violation = -1;
    try {
      for (int round = 0; !open.isEmpty() && violation < 0; round++) {
        int r = round;
        boolean[] done = new boolean[count];
        IntConsumer advance = i -> done[i] = progress.get(i).advance(r);
        List<Integer> now = open;
        if (!parallel || open.size() == 1) {
          now.forEach(advance::accept);
        } else if (options.threads() == 0) {
          now.parallelStream().forEach(advance::accept);
        } else {
          onPool(options.threads(), () -> now.parallelStream().forEach(advance::accept));
        }
        List<Integer> still = new ArrayList<>();
        for (int i : open) {
          if (!done[i]) still.add(i);
          else if (violation < 0 && progress.get(i).result().verdict() == Verdict.NOT_LINEARIZABLE) violation = i;
        }
        open = still;
      }
    } catch (RuntimeException | Error e) {
      // The memory budget is shared by every check of the JVM: what this one counted goes back.
      progress.forEach(PartitionChecker.Progress::abandon);
      throw e;
    }
    boolean[] unfinished = new boolean[count];
    open.forEach(i -> unfinished[i] = true);
    List<PartitionResult> results = new ArrayList<>(count);
    Verdict verdict = Verdict.LINEARIZABLE;
    for (int i = 0; i < count; i++) {
      PartitionResult result = unfinished[i]
          ? progress.get(i).stop("not finished: partition " + partitions.get(violation).getKey()
              + " is not linearizable, which settles the verdict")
          : progress.get(i).result();
      results.add(result);
      verdict = verdict.and(result.verdict());
    }
    return new CheckResult(verdict, results, System.nanoTime() - start);
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
    // Grouped by hash, then ordered once per label: the label order compares digits, which per
    // operation cost more than checking a lab history that needs no search.
    Map<String, List<Operation>> byLabel = new HashMap<>();
    for (Operation op : history) {
      String key = model.partitionOf(op.input());
      byLabel.computeIfAbsent(key == null ? WHOLE_HISTORY : key, k -> new ArrayList<>()).add(op);
    }
    Map<String, List<Operation>> parts = new TreeMap<>(LABEL_ORDER);
    parts.putAll(byLabel);
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
