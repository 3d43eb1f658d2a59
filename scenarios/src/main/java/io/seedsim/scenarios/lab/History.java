package io.seedsim.scenarios.lab;

import io.seedsim.sim.NodeContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The client-visible history of one run. Each call and return is also written to the trace, and
 * the trace's operation id becomes the entry's id, so the two views line up.
 */
final class History {

  private final List<HistoryEntry> entries = new ArrayList<>();
  /** Index in {@link #entries} by trace operation id (ids are dense, from 0). */
  private final List<Integer> indexById = new ArrayList<>();
  private int pending;

  int call(NodeContext ctx, int client, String op, String key, String value) {
    String args = value == null ? "(\"" + key + "\")" : "(\"" + key + "\", \"" + value + "\")";
    int id = ctx.beginOperation("client " + client + " " + op + args);
    while (indexById.size() <= id) {
      indexById.add(-1);
    }
    indexById.set(id, entries.size());
    entries.add(new HistoryEntry(id, client, op, key, value, null, ctx.nowMicros(), null));
    pending++;
    return id;
  }

  void ret(NodeContext ctx, int id, String output) {
    int i = indexById.get(id);
    HistoryEntry e = entries.get(i);
    ctx.endOperation(id, traceText(output));
    entries.set(i, new HistoryEntry(id, e.client(), e.op(), e.key(), e.value(), output, e.callMicros(), ctx.nowMicros()));
    pending--;
  }

  /**
   * The result as the trace shows it. Values grow to thousands of characters and the trace hashes
   * every result, so a long one appears as its length and its end (where the latest appends are);
   * the history keeps every output in full.
   */
  static String traceText(String output) {
    if (output == null) {
      return "ok";
    }
    if (output.length() <= TRACE_TEXT_MAX) {
      return output;
    }
    return "(" + output.length() + " chars) ..." + output.substring(output.length() - TRACE_TAIL);
  }

  private static final int TRACE_TEXT_MAX = 64;
  private static final int TRACE_TAIL = 40;

  String describe(int id) {
    return entries.get(indexById.get(id)).describe();
  }

  List<HistoryEntry> entries() {
    return List.copyOf(entries);
  }

  int pending() {
    return pending;
  }

  /** The operations still pending, for a failure message: "client 2 get(\"3\"), ...". */
  String pendingSummary(int limit) {
    List<String> parts = new ArrayList<>();
    for (HistoryEntry e : entries) {
      if (!e.returned() && parts.size() < limit) {
        parts.add("client " + e.client() + " " + e.describe());
      }
    }
    return String.join(", ", parts) + (pending > limit ? ", ..." : "");
  }
}
