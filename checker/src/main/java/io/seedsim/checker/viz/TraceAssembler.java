package io.seedsim.checker.viz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns trace lines, in order, into the periods the page draws: a message from send to delivery,
 * a timer from set to fire, a partition from start to heal. Insertion-ordered maps keep the output
 * in trace order.
 */
final class TraceAssembler {
  private final String title;
  private final Set<String> nodes = new LinkedHashSet<>();
  private final Map<String, OpenMessage> messages = new LinkedHashMap<>();
  private final List<OpenTimer> timers = new ArrayList<>();
  private final Map<String, OpenTimer> pendingTimers = new LinkedHashMap<>();
  private final Map<Long, OpenOperation> operations = new LinkedHashMap<>();
  private final Map<String, Long> linksDownSince = new LinkedHashMap<>();
  private final List<NodeEventView> nodeEvents = new ArrayList<>();
  private final List<NetworkPartitionView> partitions = new ArrayList<>();
  private final List<LinkDownView> linkDowns = new ArrayList<>();
  private final List<AnnotationView> annotations = new ArrayList<>();
  private NetworkPartitionView openPartition;
  private long now;

  private TraceAssembler(String title, List<String> headerNodes) {
    this.title = title;
    nodes.addAll(headerNodes);
  }

  static TraceAssembler fromHeader(TraceLine header) {
    if (!"header".equals(header.fields().get("kind"))) {
      throw header.problem("the first line must be the header ({\"kind\":\"header\",...})");
    }
    String title = "scenario " + header.textOr("scenario", "?")
        + ", seed " + header.textOr("seed", "?")
        + ", variant " + header.textOr("variant", "none");
    return new TraceAssembler(title, header.textArray("nodes"));
  }

  void accept(TraceLine line) {
    String kind = line.kind();
    long t = line.time();
    if (t < now) {
      throw line.problem("time " + t + " is before the previous line's time " + now);
    }
    now = t;
    switch (kind) {
      case "send" -> send(line, line.id("id"), t, null);
      case "deliver" -> finishMessage(line, MessageFate.DELIVERED, null);
      case "drop" -> finishMessage(line, MessageFate.DROPPED, line.text("reason"));
      case "duplicate" -> duplicate(line);
      case "timer-set" -> setTimer(line);
      case "timer-fire" -> finishTimer(line, TimerOutcome.FIRED);
      case "timer-cancel" -> finishTimer(line, TimerOutcome.CANCELLED);
      case "rpc-timeout" -> nodeEvent(line, NodeEventKind.RPC_TIMEOUT,
          "call " + line.id("call") + " to " + node(line.text("to")) + " timed out");
      case "crash" -> nodeEvent(line, NodeEventKind.CRASH, "");
      case "restart" -> nodeEvent(line, NodeEventKind.RESTART, "");
      case "shutdown" -> nodeEvent(line, NodeEventKind.SHUTDOWN, "");
      case "note" -> nodeEvent(line, NodeEventKind.NOTE, line.text("text"));
      case "pause" -> nodeEvent(line, NodeEventKind.PAUSE, "until " + line.integer("until") + " us");
      case "resume" -> nodeEvent(line, NodeEventKind.RESUME, line.integer("waiting") + " events waiting");
      case "disk-write", "disk-read" -> nodeEvent(line, NodeEventKind.DISK,
          kind.substring(5) + " " + line.text("key") + " (" + line.integer("bytes") + " bytes)");
      case "disk-fsync" -> nodeEvent(line, NodeEventKind.DISK, "fsync (" + line.integer("writes") + " writes)");
      case "disk-fault" -> nodeEvent(line, NodeEventKind.DISK, "fault " + line.text("fault") + " on " + line.text("op"));
      case "disk-crash" -> nodeEvent(line, NodeEventKind.DISK, "crash: " + line.integer("unsynced")
          + " unsynced writes, " + line.integer("kept") + " kept");
      case "clock-jump" -> nodeEvent(line, NodeEventKind.CLOCK_JUMP, "by " + line.integer("by") + " us");
      case "buggify" -> nodeEvent(line, NodeEventKind.BUGGIFY, line.text("site"));
      case "annotation" -> annotations.add(new AnnotationView(t, node(line.text("node")), shortened(line.text("label")),
          shortened(line.text("text")), line.optionalId("handling")));
      case "partition" -> partition(line.groups(), t);
      case "heal" -> heal(t);
      case "link-down" -> linksDownSince.putIfAbsent(link(line), t);
      case "link-up" -> linkUp(line, t);
      case "call" -> call(line, t);
      case "return" -> clientReturn(line, t);
      case "header" -> throw line.problem("a second header line");
      default -> throw line.problem("unknown kind \"" + kind + "\"");
    }
  }

  TraceView finish() {
    if (openPartition != null) {
      partitions.add(openPartition);
    }
    List<MessageView> messageViews = messages.values().stream().map(OpenMessage::view).toList();
    List<TimerView> timerViews = timers.stream().map(OpenTimer::view).toList();
    List<ClientOpView> opViews = operations.values().stream().map(OpenOperation::view).toList();
    List<LinkDownView> links = new ArrayList<>(linkDowns);
    linksDownSince.forEach((key, since) -> {
      String[] ends = key.split("\u0000", 2);
      links.add(new LinkDownView(ends[0], ends[1], since, null));
    });
    return new TraceView(title, List.copyOf(nodes), now, messageViews, timerViews, nodeEvents, partitions, links, opViews, annotations, null);
  }

  private String node(String name) {
    nodes.add(name);
    return name;
  }

  private void send(TraceLine line, String id, long t, String duplicateOf) {
    if (messages.containsKey(id)) {
      throw line.problem("message id " + id + " is used twice");
    }
    String from = node(line.text("from"));
    String to = node(line.text("to"));
    String description = duplicateOf == null ? shortened(line.text("msg")) : messages.get(duplicateOf).description;
    String call = duplicateOf == null ? line.optionalId("call") : messages.get(duplicateOf).call;
    messages.put(id, new OpenMessage(id, from, to, description, call, t, duplicateOf));
  }

  private void duplicate(TraceLine line) {
    String original = line.id("id");
    if (!messages.containsKey(original)) {
      throw line.problem("duplicate of message " + original + ", which was never sent");
    }
    send(line, line.id("copy"), line.time(), original);
  }

  private void finishMessage(TraceLine line, MessageFate fate, String reason) {
    String id = line.id("id");
    OpenMessage message = messages.get(id);
    if (message == null) {
      throw line.problem(fate.name().toLowerCase() + " of message " + id + ", which was never sent");
    }
    if (message.fate != MessageFate.IN_FLIGHT) {
      throw line.problem("message " + id + " already ended (" + message.fate.name().toLowerCase() + ")");
    }
    message.fate = fate;
    message.endTime = line.time();
    message.dropReason = reason;
  }

  private void setTimer(TraceLine line) {
    String node = node(line.text("node"));
    String id = line.id("timer");
    OpenTimer timer = new OpenTimer(node, id, line.text("label"), line.time(), line.integer("at"));
    if (pendingTimers.putIfAbsent(node + "\u0000" + id, timer) != null) {
      throw line.problem("timer " + id + " of " + node + " is set again while pending");
    }
    timers.add(timer);
  }

  private void finishTimer(TraceLine line, TimerOutcome outcome) {
    String node = line.text("node");
    String id = line.id("timer");
    OpenTimer timer = pendingTimers.remove(node + "\u0000" + id);
    if (timer == null) {
      throw line.problem("timer " + id + " of " + node + " was not set");
    }
    timer.outcome = outcome;
    timer.endTime = line.time();
  }

  private void nodeEvent(TraceLine line, NodeEventKind kind, String text) {
    nodeEvents.add(new NodeEventView(line.time(), node(line.text("node")), kind, text));
  }

  private void partition(List<List<String>> groups, long t) {
    heal(t);
    groups.forEach(group -> group.forEach(this::node));
    openPartition = new NetworkPartitionView(t, null, groups);
  }

  private void heal(long t) {
    if (openPartition != null) {
      partitions.add(new NetworkPartitionView(openPartition.startTime(), t, openPartition.groups()));
      openPartition = null;
    }
  }

  private String link(TraceLine line) {
    return node(line.text("from")) + "\u0000" + node(line.text("to"));
  }

  private void linkUp(TraceLine line, long t) {
    String key = link(line);
    Long since = linksDownSince.remove(key);
    if (since != null) {
      linkDowns.add(new LinkDownView(line.text("from"), line.text("to"), since, t));
    }
  }

  private void call(TraceLine line, long t) {
    long op = line.integer("op");
    if (operations.containsKey(op)) {
      throw line.problem("operation " + op + " is called twice");
    }
    operations.put(op, new OpenOperation(node(line.text("node")), op, line.text("desc"), t));
  }

  private void clientReturn(TraceLine line, long t) {
    long op = line.integer("op");
    OpenOperation operation = operations.get(op);
    if (operation == null || operation.returnTime != null) {
      throw line.problem("return of operation " + op + ", which is not in progress");
    }
    operation.returnTime = t;
    // The result is any JSON value; a string is shown as written, anything else as JSON.
    operation.result = shortened(line.anyAsText("result"));
  }

  /** Longer message texts and results are shortened in the middle for the page. */
  static final int LONGEST_TEXT = 240;

  /**
   * A reply that carries a key's whole value repeats what the history already shows in full; the
   * trace keeps its start and end and says how much it left out (the trace file keeps it all).
   */
  static String shortened(String text) {
    if (text.length() <= LONGEST_TEXT) return text;
    int head = LONGEST_TEXT * 2 / 3, tail = LONGEST_TEXT / 4;
    return text.substring(0, head) + " … [" + (text.length() - head - tail) + " chars left out] … "
        + text.substring(text.length() - tail);
  }

  private static final class OpenMessage {
    final String id, from, to, description, call, duplicateOf;
    final long sendTime;
    Long endTime;
    MessageFate fate = MessageFate.IN_FLIGHT;
    String dropReason;

    OpenMessage(String id, String from, String to, String description, String call, long sendTime, String duplicateOf) {
      this.id = id;
      this.from = from;
      this.to = to;
      this.description = description;
      this.call = call;
      this.sendTime = sendTime;
      this.duplicateOf = duplicateOf;
    }

    MessageView view() {
      return new MessageView(id, from, to, description, call, sendTime, endTime, fate, dropReason, duplicateOf);
    }
  }

  private static final class OpenTimer {
    final String node, id, label;
    final long setTime, dueTime;
    Long endTime;
    TimerOutcome outcome = TimerOutcome.PENDING;

    OpenTimer(String node, String id, String label, long setTime, long dueTime) {
      this.node = node;
      this.id = id;
      this.label = label;
      this.setTime = setTime;
      this.dueTime = dueTime;
    }

    TimerView view() {
      return new TimerView(node, id, label, setTime, dueTime, endTime, outcome);
    }
  }

  private static final class OpenOperation {
    final String node, description;
    final long id, callTime;
    Long returnTime;
    String result;

    OpenOperation(String node, long id, String description, long callTime) {
      this.node = node;
      this.id = id;
      this.description = description;
      this.callTime = callTime;
    }

    ClientOpView view() {
      return new ClientOpView(node, id, description, callTime, returnTime, result);
    }
  }
}
