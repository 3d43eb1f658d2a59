package io.seedsim.checker.viz;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Writes a plausible kv-store trace file (clerks calling servers through a lossy network, with
 * retries, duplicates, a crash, a partition and a downed link) until it holds about {@code events}
 * lines. It stands in for the kernel's traces, which another branch produces.
 */
final class SyntheticTrace {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int SERVERS = 3;
  private static final long RETRY_MICROS = 2_500;

  private final Random random;
  private final int clerks;
  private final List<Line> lines = new ArrayList<>();
  private long nextMessage = 1;
  private long nextTimer = 1;
  private long nextOperation = 1;
  private long crashStart;
  private long crashEnd;
  private long partitionStart;
  private long partitionEnd;

  private record Line(long t, long order, ObjectNode json) {}

  private SyntheticTrace(long seed, int clerks) {
    this.random = new Random(seed);
    this.clerks = clerks;
  }

  static Path write(Path file, long seed, int clerks, int events) throws IOException {
    return new SyntheticTrace(seed, clerks).generate(file, events);
  }

  private Path generate(Path file, int events) throws IOException {
    // About nine lines per operation and one operation per 1.7 ms per clerk: where the run ends.
    long horizon = Math.max(20_000, (long) (events / (clerks * 9.0 / 1_700)));
    crashStart = horizon / 3;
    crashEnd = crashStart + horizon / 12;
    partitionStart = horizon / 2;
    partitionEnd = partitionStart + horizon / 10;
    faults(horizon);
    long[] clock = new long[clerks];
    for (int c = 0; c < clerks; c++) clock[c] = random.nextInt(400);
    while (lines.size() < events) {
      int clerk = 0;
      for (int c = 1; c < clerks; c++) if (clock[c] < clock[clerk]) clerk = c;
      clock[clerk] = operation("clerk-" + clerk, clock[clerk]) + 100 + random.nextInt(700);
    }
    lines.sort(Comparator.comparingLong(Line::t).thenComparingLong(Line::order));
    List<String> nodes = new ArrayList<>();
    for (int s = 0; s < SERVERS; s++) nodes.add("server-" + s);
    for (int c = 0; c < clerks; c++) nodes.add("clerk-" + c);
    StringBuilder out = new StringBuilder();
    ObjectNode header = JSON.createObjectNode().put("kind", "header").put("scenario", "synthetic").put("seed", 7).put("variant", "none");
    nodes.forEach(header.putArray("nodes")::add);
    out.append(JSON.writeValueAsString(header)).append('\n');
    for (Line line : lines) out.append(JSON.writeValueAsString(line.json)).append('\n');
    Files.writeString(file, out, StandardCharsets.UTF_8);
    return file;
  }

  private void faults(long horizon) {
    add(crashStart, "crash").put("node", "server-2");
    add(crashEnd, "restart").put("node", "server-2");
    ObjectNode partition = add(partitionStart, "partition");
    var groups = partition.putArray("groups");
    var minority = groups.addArray().add("server-0");
    var majority = groups.addArray().add("server-1").add("server-2");
    for (int c = 0; c < clerks; c++) (c == 0 ? minority : majority).add("clerk-" + c);
    add(partitionEnd, "heal");
    add(horizon / 5, "link-down").put("from", "server-1").put("to", "clerk-1");
    add(horizon / 5 + horizon / 20, "link-up").put("from", "server-1").put("to", "clerk-1");
  }

  /** One client operation with its retries; returns when it ended. */
  private long operation(String clerk, long t) {
    long op = nextOperation++;
    int key = random.nextInt(6);
    boolean isGet = random.nextBoolean();
    String desc = isGet ? "get(\"" + key + "\")" : "append(\"" + key + "\", \"x" + op + ";\")";
    String server = "server-" + key % SERVERS;
    add(t, "call").put("node", clerk).put("op", op).put("desc", desc);
    long call = nextMessage;
    for (int attempt = 0; attempt < 6; attempt++) {
      long timer = nextTimer++;
      add(t, "timer-set").put("node", clerk).put("timer", timer).put("at", t + RETRY_MICROS).put("label", "retry");
      Long replied = exchange(clerk, server, call, desc, t);
      if (replied != null) {
        add(replied, "timer-cancel").put("node", clerk).put("timer", timer).put("label", "retry");
        add(replied, "return").put("node", clerk).put("op", op).put("result", isGet ? "x" + random.nextInt(op > 1 ? (int) op : 1) + ";" : "");
        return replied;
      }
      t += RETRY_MICROS;
      add(t, "timer-fire").put("node", clerk).put("timer", timer).put("label", "retry");
    }
    return t; // gave up: the operation never returns, its outcome unknown
  }

  /** A request and its reply; the time the reply arrived, or null when either was lost. */
  private Long exchange(String clerk, String server, long call, String desc, long t) {
    long request = message(t, clerk, server, "request " + desc, call);
    long arrive = t + 150 + random.nextInt(900);
    String lost = lostBecause(clerk, server, t, arrive, "request-drop");
    if (lost != null) {
      drop(arrive, request, clerk, server, "request " + desc, lost);
      return null;
    }
    deliver(arrive, request, clerk, server, "request " + desc);
    if (random.nextDouble() < 0.04) {
      long copy = nextMessage++;
      add(t + 20, "duplicate").put("id", request).put("copy", copy).put("from", clerk).put("to", server);
      deliver(arrive + 200 + random.nextInt(400), copy, clerk, server, "request " + desc);
    }
    long reply = message(arrive + 40, server, clerk, "reply: ok " + desc, call);
    long back = arrive + 190 + random.nextInt(900);
    lost = lostBecause(server, clerk, arrive + 40, back, "reply-drop");
    if (lost != null) {
      drop(back, reply, server, clerk, "reply: ok " + desc, lost);
      return null;
    }
    deliver(back, reply, server, clerk, "reply: ok " + desc);
    return back;
  }

  private String lostBecause(String from, String to, long sent, long arrive, String randomReason) {
    if (to.equals("server-2") && arrive >= crashStart && arrive < crashEnd) return "crashed";
    boolean minority = from.equals("server-0") || from.equals("clerk-0");
    boolean minorityTo = to.equals("server-0") || to.equals("clerk-0");
    if (sent >= partitionStart && sent < partitionEnd && minority != minorityTo) return "partition";
    return random.nextDouble() < 0.08 ? randomReason : null;
  }

  private long message(long t, String from, String to, String msg, long call) {
    long id = nextMessage++;
    add(t, "send").put("id", id).put("from", from).put("to", to).put("msg", msg).put("call", call);
    return id;
  }

  private void deliver(long t, long id, String from, String to, String msg) {
    add(t, "deliver").put("id", id).put("from", from).put("to", to).put("msg", msg);
  }

  private void drop(long t, long id, String from, String to, String msg, String reason) {
    add(t, "drop").put("id", id).put("from", from).put("to", to).put("msg", msg).put("reason", reason);
  }

  private ObjectNode add(long t, String kind) {
    ObjectNode json = JSON.createObjectNode().put("t", t).put("kind", kind);
    lines.add(new Line(t, lines.size(), json));
    return json;
  }
}
