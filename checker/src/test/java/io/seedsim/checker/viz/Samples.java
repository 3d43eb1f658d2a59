package io.seedsim.checker.viz;

import io.seedsim.checker.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Histories the page tests and screenshots use, built by hand like a checker's adapter would. */
final class Samples {
  private Samples() {}

  /** A stale read: get("1") by client 2 misses an append that had already returned. */
  static HistoryView staleRead() {
    List<OperationView> key1 = List.of(
        op(1, "0", "append(\"1\", \"x1;\")", "\"\"", 1_000, 3_200L),
        op(2, "1", "append(\"1\", \"x2;\")", "\"x1;\"", 1_500, 4_100L),
        op(3, "2", "get(\"1\")", "\"x1;\"", 2_000, 3_800L),
        op(4, "3", "append(\"1\", \"x3;\")", "\"x1;x2;\"", 4_500, 7_000L),
        op(5, "0", "get(\"1\")", "\"x1;x2;\"", 5_200, 6_000L),
        op(6, "2", "get(\"1\")", "\"x1;x2;\"", 7_600, 9_400L),
        op(7, "1", "get(\"1\")", "\"x1;x2;x3;\"", 8_000, 9_000L),
        OperationView.pending(8, "3", "append(\"1\", \"x4;\")", 8_200),
        op(9, "0", "get(\"1\")", "\"x1;x2;x3;x4;\"", 9_800, 10_800L));
    PartitionView bad = PartitionView.violation("1", "\"\"", key1,
        List.of(step(1, "x1;"), step(3, "x1;"), step(2, "x1;x2;"), step(5, "x1;x2;"), step(4, "x1;x2;x3;"),
            step(7, "x1;x2;x3;"), step(8, "x1;x2;x3;x4;")),
        List.of(6L),
        "get(\"1\") by client 2 returned \"x1;x2;\" but append(\"1\", \"x3;\") had returned before it was called,"
            + " so every order allowed by real time gives \"x1;x2;x3;\" or later.");
    List<OperationView> key2 = List.of(
        op(10, "1", "put(\"2\", \"p\")", "ok", 300, 1_200L),
        op(11, "2", "get(\"2\")", "\"p\"", 900, 1_600L),
        op(12, "3", "append(\"2\", \"q\")", "\"p\"", 1_700, 2_600L),
        op(13, "0", "get(\"2\")", "\"pq\"", 3_500, 4_200L));
    PartitionView good = PartitionView.linearizable("2", "\"\"", key2,
        List.of(step(10, "p"), step(11, "p"), step(12, "pq"), step(13, "pq")));
    return new HistoryView("kv stale read (hand-made example)", "kv", Verdict.NOT_LINEARIZABLE,
        HistoryView.MICROSECONDS, List.of(bad, good));
  }

  /** Every value tries to run script or break out of the markup; the page must show them as text. */
  static HistoryView hostile() {
    String script = "<script>window.__pwned=1</script>";
    String img = "<img src=x onerror=\"window.__pwned=1\">";
    String breakout = "</script><script>window.__pwned=1</script><!--";
    String quotes = "\"quotes' & {{DATA}} \u2028 end";
    List<OperationView> ops = List.of(
        op(1, "<i>c0</i>", "put(\"<b>k</b>\", \"" + script + "\")", "ok", 0, 10L),
        op(2, "<i>c0</i>", "get(\"<b>k</b>\")", img, 20, 30L),
        op(3, "1", "append(\"<b>k</b>\", \"" + breakout + "\")", quotes, 40, 50L));
    PartitionView partition = PartitionView.violation("<b>k</b>", "<svg onload=\"window.__pwned=1\">", ops,
        List.of(step(1, script)), List.of(2L), "explanation " + img);
    return new HistoryView("<script>window.__pwned=1</script> title", "kv<img src=x onerror=\"window.__pwned=1\">",
        Verdict.NOT_LINEARIZABLE, "", List.of(partition));
  }

  /** A linearizable register history of `count` operations over `clients` clients, one partition. */
  static HistoryView large(int count, int clients) {
    Random random = new Random(count);
    List<OperationView> ops = new ArrayList<>();
    List<LinearizationStep> steps = new ArrayList<>();
    long[] free = new long[clients];
    for (int i = 0; i < count; i++) {
      int client = i % clients;
      long call = free[client] + random.nextInt(50);
      long ret = call + 20 + random.nextInt(200);
      free[client] = ret;
      ops.add(op(i, String.valueOf(client), "write(" + i + ")", "ok", call, ret));
    }
    // Ordered by return time, each operation is placed at its return: a valid linearization.
    ops.stream().sorted(java.util.Comparator.comparingLong(OperationView::returnTime))
        .forEach(o -> steps.add(step(o.id(), String.valueOf(o.id()))));
    return new HistoryView("large register history", "register", Verdict.LINEARIZABLE, "",
        List.of(PartitionView.linearizable("register", "0", ops, steps)));
  }

  /** A history of the operations a trace's clerks ran, all in one linearizable partition. */
  static HistoryView ofTrace(TraceView trace) {
    List<OperationView> ops = trace.clientOps().stream()
        .map(c -> new OperationView(c.operationId(), c.node(), c.description(), c.result(), c.callTime(), c.returnTime()))
        .toList();
    List<LinearizationStep> steps = ops.stream().filter(o -> o.returnTime() != null)
        .sorted(java.util.Comparator.comparingLong(OperationView::returnTime))
        .map(o -> step(o.id(), "…")).toList();
    return new HistoryView(trace.title(), "kv", Verdict.LINEARIZABLE, HistoryView.MICROSECONDS,
        List.of(PartitionView.linearizable("all keys", "\"\"", ops, steps)));
  }

  static OperationView op(long id, String client, String input, String output, long call, Long ret) {
    return new OperationView(id, client, input, output, call, ret);
  }

  static LinearizationStep step(long id, String state) {
    return new LinearizationStep(id, state);
  }
}
