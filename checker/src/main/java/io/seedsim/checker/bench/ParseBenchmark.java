package io.seedsim.checker.bench;

import io.seedsim.checker.HistoryFormat;
import io.seedsim.checker.HistoryFormatException;
import io.seedsim.checker.HistoryFormats;
import io.seedsim.checker.JsonLinesHistory;
import io.seedsim.checker.KvInput;
import io.seedsim.checker.Model;
import io.seedsim.checker.Models;
import io.seedsim.checker.Operation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Times parsing one kv history written in two formats, JSON lines and EDN (one event map per
 * line, as Jepsen writes it), in the same run: per operation, the median of repeated parses after
 * warm-up, and the ratio EDN / JSON lines.
 */
public final class ParseBenchmark {
  /** The figures of one run. */
  public record Result(int operations, double jsonlMicrosPerOp, double ednMicrosPerOp) {
    public double ratio() {
      return ednMicrosPerOp / jsonlMicrosPerOp;
    }
  }

  private final int operations;
  private final int warmups;
  private final int runs;

  public ParseBenchmark(int operations, int warmups, int runs) {
    this.operations = operations;
    this.warmups = warmups;
    this.runs = runs;
  }

  public Result measure() throws HistoryFormatException {
    List<Operation> history = SyntheticKvHistory.linearizable(1, 8, 10, operations);
    String jsonl = jsonLines(history);
    String edn = edn(history);
    Model<?> kv = Models.byName("kv");
    // Both readers must agree before their times mean anything.
    if (!HistoryFormats.parse("h.jsonl", jsonl, HistoryFormat.JSONL, kv).stream().map(Operation::input).toList()
        .equals(HistoryFormats.parse("h.edn", edn, HistoryFormat.EDN, kv).stream().map(Operation::input).toList())) {
      throw new IllegalStateException("the JSON lines and EDN readers disagree on the benchmark history");
    }
    double[] jsonlNanos = new double[runs];
    double[] ednNanos = new double[runs];
    for (int i = 0; i < warmups + runs; i++) {
      long t0 = System.nanoTime();
      HistoryFormats.parse("h.jsonl", jsonl, HistoryFormat.JSONL, kv);
      long t1 = System.nanoTime();
      HistoryFormats.parse("h.edn", edn, HistoryFormat.EDN, kv);
      long t2 = System.nanoTime();
      if (i >= warmups) {
        jsonlNanos[i - warmups] = t1 - t0;
        ednNanos[i - warmups] = t2 - t1;
      }
    }
    return new Result(history.size(), median(jsonlNanos) / 1e3 / history.size(), median(ednNanos) / 1e3 / history.size());
  }

  public void print(PrintWriter out, Result r) {
    out.printf(Locale.ROOT, "parsing %d kv operations (median of %d after %d warm-ups): jsonl %.2f us/op, "
        + "edn %.2f us/op, edn/jsonl %.2f%n", r.operations(), runs, warmups, r.jsonlMicrosPerOp(), r.ednMicrosPerOp(),
        r.ratio());
    out.flush();
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static String jsonLines(List<Operation> history) {
    StringWriter out = new StringWriter();
    try {
      JsonLinesHistory.write(history, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** One event per line, invokes and completions in time order (a completion first on a tie). */
  public static String edn(List<Operation> history) {
    record Event(long time, int order, String text) {}
    List<Event> events = new ArrayList<>();
    for (Operation op : history) {
      KvInput in = (KvInput) op.input();
      String head = "{:process " + op.client() + ", :type ";
      String tail = ", :f :" + in.op().wireName() + ", :key " + quote(in.key()) + ", :value ";
      events.add(new Event(op.call(), 1, head + ":invoke" + tail + (in.value() == null ? "nil" : quote(in.value())) + "}"));
      String output = op.output() == null ? (in.value() == null ? "nil" : quote(in.value())) : quote((String) op.output());
      events.add(op.hasReturn()
          ? new Event(op.ret(), 0, head + ":ok" + tail + output + "}")
          : new Event(Long.MAX_VALUE, 0, head + ":info" + tail + "nil}"));
    }
    events.sort(Comparator.comparingLong(Event::time).thenComparingInt(Event::order));
    StringBuilder out = new StringBuilder();
    for (Event e : events) out.append(e.text()).append('\n');
    return out.toString();
  }

  private static String quote(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  public static void main(String[] args) throws Exception {
    ParseBenchmark bench = new ParseBenchmark(args.length > 0 ? Integer.parseInt(args[0]) : 20_000, 10, 15);
    PrintWriter out = new PrintWriter(System.out);
    bench.print(out, bench.measure());
  }
}
