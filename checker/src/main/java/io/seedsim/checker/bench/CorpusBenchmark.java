package io.seedsim.checker.bench;

import io.seedsim.checker.CheckResult;
import io.seedsim.checker.HistoryFormat;
import io.seedsim.checker.HistoryFormatException;
import io.seedsim.checker.HistoryFormats;
import io.seedsim.checker.Linearizability;
import io.seedsim.checker.Model;
import io.seedsim.checker.Models;
import io.seedsim.checker.Operation;
import io.seedsim.checker.Verdict;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Times the checker on Porcupine's corpus (shared/histories/porcupine) next to Porcupine's own
 * times (shared/histories/porcupine-baseline.csv): per file the min and median of repeated runs
 * after warm-up, parsing excluded, and the totals with ratios.
 */
public final class CorpusBenchmark {

  /** One corpus file with the model it is checked with and what Porcupine says. */
  public record Case(String file, String porcupineModel, Model<?> model, HistoryFormat format,
      boolean expectedLinearizable, double porcupineMinMillis, double porcupineMedianMillis) {}

  /** The measurement of one case. */
  public record Timing(Case corpusCase, int operations, Verdict verdict, double minMillis, double medianMillis) {
    public boolean agrees() {
      return (verdict == Verdict.LINEARIZABLE) == corpusCase.expectedLinearizable() && verdict != Verdict.UNKNOWN;
    }
  }

  private final Path histories;
  private final int warmups;
  private final int runs;
  private final Duration timeout;
  private final String only;

  /**
   * @param only measure only the files whose name contains this ("" for all)
   */
  public CorpusBenchmark(Path histories, int warmups, int runs, Duration timeout, String only) {
    this.histories = histories;
    this.only = only;
    this.warmups = warmups;
    this.runs = runs;
    this.timeout = timeout;
  }

  public static void main(String[] args) throws Exception {
    Path histories = Path.of(args.length > 0 ? args[0] : "../shared/histories");
    int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    boolean allAgree = new CorpusBenchmark(histories, warmups, runs, Duration.ofSeconds(60), args.length > 3 ? args[3] : "").run(out);
    System.exit(allAgree ? 0 : 1);
  }

  /** The corpus cases our models cover (Porcupine's kv-nopartition rows have no model here). */
  public List<Case> cases() {
    Map<String, String[]> baseline = new LinkedHashMap<>();
    for (String[] row : csv(histories.resolve("porcupine-baseline.csv"))) baseline.put(row[0] + "," + row[1], row);
    List<Case> cases = new ArrayList<>();
    for (String[] row : csv(histories.resolve("porcupine/expected.csv"))) {
      String file = row[0];
      String porcupineModel = row[1];
      String[] times = baseline.get(file + "," + porcupineModel);
      if (porcupineModel.equals("kv-nopartition") || times == null) continue;
      boolean etcd = porcupineModel.equals("etcd");
      cases.add(new Case(file, porcupineModel, Models.byName(etcd ? "cas-register" : "kv"),
          etcd ? HistoryFormat.ETCD_LOG : HistoryFormat.EDN, !row[2].equals("false"),
          Double.parseDouble(times[4]), Double.parseDouble(times[5])));
    }
    return cases;
  }

  /** Measures every case, prints the table, and returns whether every verdict agreed. */
  public boolean run(PrintWriter out) throws IOException, HistoryFormatException {
    List<Case> cases = cases().stream().filter(c -> c.file().contains(only)).toList();
    Map<Case, List<Operation>> histories = new LinkedHashMap<>();
    for (Case c : cases) histories.put(c, parse(c));
    // Warm the JIT on the whole corpus first, so early files are not measured cold.
    for (int i = 0; i < warmups; i++) {
      for (Case c : cases) Linearizability.check(c.model(), histories.get(c), timeout);
    }
    List<Timing> timings = new ArrayList<>();
    for (Case c : cases) timings.add(measure(c, histories.get(c)));
    print(out, timings);
    if (only.isEmpty()) printLongHistory(out);
    return timings.stream().allMatch(Timing::agrees);
  }

  /** The case's history; an empty file is an empty history here (the library's view). */
  public List<Operation> parse(Case c) throws IOException, HistoryFormatException {
    Path file = histories.resolve("porcupine").resolve(c.file());
    String text = Files.readString(file, StandardCharsets.UTF_8);
    // The readers refuse an empty file (a failed recording, for the command line).
    if (text.isBlank()) return List.of();
    return HistoryFormats.parse(file.toString(), text, c.format(), c.model());
  }

  private Timing measure(Case c, List<Operation> history) {
    Verdict verdict = null;
    double[] millis = new double[runs];
    for (int i = 0; i < runs; i++) {
      CheckResult result = Linearizability.check(c.model(), history, timeout);
      millis[i] = result.checkNanos() / 1e6;
      verdict = result.verdict();
    }
    Arrays.sort(millis);
    return new Timing(c, history.size(), verdict, millis[0], millis[runs / 2]);
  }

  /** A 20,000-operation, 50-client kv history (20 keys), timed like the corpus files. */
  private void printLongHistory(PrintWriter out) {
    Model<?> kv = Models.byName("kv");
    List<Operation> history = SyntheticKvHistory.linearizable(1, 50, 20, 20_000);
    for (int i = 0; i < warmups; i++) Linearizability.check(kv, history, timeout);
    double[] millis = new double[runs];
    Verdict verdict = null;
    for (int i = 0; i < runs; i++) {
      CheckResult result = Linearizability.check(kv, history, timeout);
      millis[i] = result.checkNanos() / 1e6;
      verdict = result.verdict();
    }
    Arrays.sort(millis);
    out.printf("synthetic kv, 20000 ops, 50 clients, 20 keys: %s, min %.3f ms, median %.3f ms (heap max %d MiB)%n",
        verdict.label(), millis[0], millis[runs / 2], Runtime.getRuntime().maxMemory() >> 20);
  }

  private static void print(PrintWriter out, List<Timing> timings) {
    out.printf("%-22s %6s %-17s %10s %10s %12s %12s %8s%n",
        "file", "ops", "verdict", "min ms", "median ms", "porc min ms", "porc med ms", "ratio");
    double min = 0, median = 0, porcupineMin = 0, porcupineMedian = 0;
    int slower = 0;
    int disagreements = 0;
    for (Timing t : timings) {
      Case c = t.corpusCase();
      double ratio = t.medianMillis() / c.porcupineMedianMillis();
      if (t.minMillis() > c.porcupineMinMillis()) slower++;
      if (!t.agrees()) disagreements++;
      out.printf("%-22s %6d %-17s %10.3f %10.3f %12.3f %12.3f %8.2f%s%n", c.file(), t.operations(),
          t.verdict().label(), t.minMillis(), t.medianMillis(), c.porcupineMinMillis(), c.porcupineMedianMillis(),
          ratio, t.agrees() ? "" : "  DISAGREES with Porcupine");
      min += t.minMillis();
      median += t.medianMillis();
      porcupineMin += c.porcupineMinMillis();
      porcupineMedian += c.porcupineMedianMillis();
    }
    out.printf("total (%d files): min %.3f ms vs Porcupine %.3f ms (ratio %.2f); median %.3f ms vs %.3f ms (ratio %.2f)%n",
        timings.size(), min, porcupineMin, min / porcupineMin, median, porcupineMedian, median / porcupineMedian);
    out.printf("files slower than Porcupine (min vs min): %d; verdicts disagreeing with Porcupine: %d%n",
        slower, disagreements);
  }

  private static List<String[]> csv(Path file) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      return lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).map(l -> l.split(",", -1)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
