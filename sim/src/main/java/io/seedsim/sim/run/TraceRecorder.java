package io.seedsim.sim.run;

import io.seedsim.sim.Address;
import io.seedsim.sim.Message;
import java.util.List;
import java.util.stream.Collectors;

/** Turns what the kernel does into trace records: the hash always, JSON lines in full mode. */
final class TraceRecorder {
  // Kind codes feed the hash; their order is part of the hash and must not change.
  private static final int SEND = 1, DELIVER = 2, DROP = 3, DUPLICATE = 4, TIMER_SET = 5,
      TIMER_FIRE = 6, TIMER_CANCEL = 7, RPC_TIMEOUT = 8, CRASH = 9, RESTART = 10, SHUTDOWN = 11,
      PARTITION = 12, HEAL = 13, LINK_DOWN = 14, LINK_UP = 15, CALL = 16, RETURN = 17, NOTE = 18,
      HEADER = 19, DISK_WRITE = 20, DISK_READ = 21, DISK_FSYNC = 22, DISK_FAULT = 23, DISK_CRASH = 24,
      CLOCK_JUMP = 25, PAUSE = 26, RESUME = 27, BUGGIFY = 28;

  /** Message type names hashed once per class, not once per message. */
  private static final ClassValue<Long> TYPE_HASH =
      new ClassValue<>() {
        @Override
        protected Long computeValue(Class<?> type) {
          String name = type.getName();
          return ((long) name.hashCode() << 32) ^ name.length();
        }
      };

  private final Trace trace;

  TraceRecorder(Trace trace) {
    this.trace = trace;
  }

  Trace trace() {
    return trace;
  }

  void header(String scenario, long seed, String variant, List<Address> nodes) {
    trace.event(HEADER, 0);
    trace.mix(scenario);
    trace.mix(seed);
    trace.mix(variant);
    if (trace.full()) {
      String names = nodes.stream().map(a -> quoted(a.toString())).collect(Collectors.joining(",", "[", "]"));
      trace.line(new Json().field("kind", "header").field("scenario", scenario).field("seed", seed)
          .field("variant", variant).raw("nodes", names).end());
    }
  }

  void send(long t, long id, NodeHost from, NodeHost to, Message m, long callId, boolean reply) {
    message(SEND, "send", t, id, from, to, m, callId, reply, null);
  }

  void deliver(long t, long id, NodeHost from, NodeHost to, Message m, long callId, boolean reply) {
    message(DELIVER, "deliver", t, id, from, to, m, callId, reply, null);
  }

  void drop(long t, long id, NodeHost from, NodeHost to, Message m, long callId, boolean reply, String reason) {
    message(DROP, "drop", t, id, from, to, m, callId, reply, reason);
  }

  void duplicate(long t, long id, long copy, NodeHost from, NodeHost to) {
    trace.event(DUPLICATE, t);
    trace.mix(id);
    trace.mix(copy);
    if (trace.full()) {
      trace.line(new Json().field("t", t).field("kind", "duplicate").field("id", id).field("copy", copy)
          .field("from", from.name).field("to", to.name).end());
    }
  }

  void timerSet(long t, NodeHost node, long timer, String label, long at) {
    timer(TIMER_SET, "timer-set", t, node, timer, label, at);
  }

  /** A timer on the node's own clock, due when that clock reads {@code localAt}. */
  void localTimerSet(long t, NodeHost node, long timer, String label, long at, long localAt) {
    trace.event(TIMER_SET, t);
    trace.mix(node.nameHash);
    trace.mix(timer);
    trace.mix(label);
    trace.mix(localAt);
    if (trace.full()) {
      trace.line(new Json().field("t", t).field("kind", "timer-set").field("node", node.name).field("timer", timer)
          .field("at", at).field("local", localAt).field("label", label).end());
    }
  }

  void timerFire(long t, NodeHost node, long timer, String label) {
    timer(TIMER_FIRE, "timer-fire", t, node, timer, label, 0);
  }

  void timerCancel(long t, NodeHost node, long timer, String label) {
    timer(TIMER_CANCEL, "timer-cancel", t, node, timer, label, 0);
  }

  // Timers are on the event loop's hot path: the kind comes as a code, not a string to switch on.
  private void timer(int code, String kind, long t, NodeHost node, long timer, String label, long at) {
    trace.event(code, t);
    trace.mix(node.nameHash);
    trace.mix(timer);
    trace.mix(label);
    if (trace.full()) {
      Json j = new Json().field("t", t).field("kind", kind).field("node", node.name).field("timer", timer);
      if (code == TIMER_SET) {
        j.field("at", at);
      }
      trace.line(j.field("label", label).end());
    }
  }

  void rpcTimeout(long t, NodeHost node, long callId, NodeHost to) {
    trace.event(RPC_TIMEOUT, t);
    trace.mix(node.nameHash);
    trace.mix(callId);
    if (trace.full()) {
      trace.line(new Json().field("t", t).field("kind", "rpc-timeout").field("node", node.name)
          .field("call", callId).field("to", to.name).end());
    }
  }

  void crash(long t, NodeHost node) {
    lifecycle(CRASH, "crash", t, node);
  }

  void restart(long t, NodeHost node) {
    lifecycle(RESTART, "restart", t, node);
  }

  void shutdown(long t, NodeHost node) {
    lifecycle(SHUTDOWN, "shutdown", t, node);
  }

  private void lifecycle(int code, String kind, long t, NodeHost node) {
    trace.event(code, t);
    trace.mix(node.nameHash);
    if (trace.full()) {
      trace.line(new Json().field("t", t).field("kind", kind).field("node", node.name).end());
    }
  }

  void partition(long t, List<List<Address>> groups) {
    trace.event(PARTITION, t);
    String text = groups.stream()
        .map(g -> g.stream().map(a -> quoted(a.toString())).collect(Collectors.joining(",", "[", "]")))
        .collect(Collectors.joining(",", "[", "]"));
    trace.mix(text);
    if (trace.full()) {
      trace.line(new Json().field("t", t).field("kind", "partition").raw("groups", text).end());
    }
  }

  void heal(long t) {
    trace.event(HEAL, t);
    if (trace.full()) {
      trace.line(new Json().field("t", t).field("kind", "heal").end());
    }
  }

  void link(boolean up, long t, NodeHost from, NodeHost to) {
    trace.event(up ? LINK_UP : LINK_DOWN, t);
    trace.mix(from.nameHash);
    trace.mix(to.nameHash);
    if (trace.full()) {
      trace.line(new Json().field("t", t).field("kind", up ? "link-up" : "link-down")
          .field("from", from.name).field("to", to.name).end());
    }
  }

  void call(long t, NodeHost node, int op, String desc) {
    clientOperation(CALL, "call", "desc", t, node, op, desc);
  }

  void ret(long t, NodeHost node, int op, String result) {
    clientOperation(RETURN, "return", "result", t, node, op, result);
  }

  private void clientOperation(int code, String kind, String field, long t, NodeHost node, int op, String text) {
    trace.event(code, t);
    trace.mix(node.nameHash);
    trace.mix(op);
    trace.mix(text);
    if (trace.full()) {
      trace.line(new Json().field("t", t).field("kind", kind).field("node", node.name).field("op", op)
          .field(field, text).end());
    }
  }

  void note(long t, String node, String text) {
    trace.event(NOTE, t);
    trace.mix(node);
    trace.mix(text);
    if (trace.full()) {
      trace.line(new Json().field("t", t).field("kind", "note").field("node", node).field("text", text).end());
    }
  }

  void diskWrite(long t, NodeHost node, String key, int bytes) {
    diskAccess(DISK_WRITE, "disk-write", t, node, key, bytes);
  }

  /** {@code bytes} is -1 when the key holds nothing. */
  void diskRead(long t, NodeHost node, String key, int bytes) {
    diskAccess(DISK_READ, "disk-read", t, node, key, bytes);
  }

  private void diskAccess(int code, String kind, long t, NodeHost node, String key, int bytes) {
    trace.event(code, t);
    trace.mix(node.nameHash);
    trace.mix(key);
    trace.mix(bytes);
    if (trace.full()) {
      trace.line(new Json().field("t", t).field("kind", kind).field("node", node.name).field("key", key)
          .field("bytes", bytes).end());
    }
  }


  void diskFsync(long t, NodeHost node, int writes) {
    nodeEvent(DISK_FSYNC, "disk-fsync", t, node, "writes", writes);
  }

  void pause(long t, NodeHost node, long untilMicros) {
    nodeEvent(PAUSE, "pause", t, node, "until", untilMicros);
  }

  void resume(long t, NodeHost node, int waiting) {
    nodeEvent(RESUME, "resume", t, node, "waiting", waiting);
  }

  void buggify(long t, NodeHost node, String site) {
    trace.event(BUGGIFY, t);
    trace.mix(node.nameHash);
    trace.mix(site);
    if (trace.full()) {
      trace.line(new Json().field("t", t).field("kind", "buggify").field("node", node.name).field("site", site).end());
    }
  }

  /** An event of one node with one number. */
  private void nodeEvent(int code, String kind, long t, NodeHost node, String field, long value) {
    trace.event(code, t);
    trace.mix(node.nameHash);
    trace.mix(value);
    if (trace.full()) {
      trace.line(new Json().field("t", t).field("kind", kind).field("node", node.name).field(field, value).end());
    }
  }

  /** {@code key} is null for an fsync. */
  void diskFault(long t, NodeHost node, String fault, String op, String key) {
    trace.event(DISK_FAULT, t);
    trace.mix(node.nameHash);
    trace.mix(fault);
    trace.mix(op);
    trace.mix(key);
    if (trace.full()) {
      Json j = new Json().field("t", t).field("kind", "disk-fault").field("node", node.name).field("fault", fault)
          .field("op", op);
      if (key != null) {
        j.field("key", key);
      }
      trace.line(j.end());
    }
  }

  /** {@code tornBytes} is -1 when no write was torn. */
  void diskCrash(long t, NodeHost node, int unsynced, int kept, int tornBytes) {
    trace.event(DISK_CRASH, t);
    trace.mix(node.nameHash);
    trace.mix(unsynced);
    trace.mix(kept);
    trace.mix(tornBytes);
    if (trace.full()) {
      trace.line(new Json().field("t", t).field("kind", "disk-crash").field("node", node.name)
          .field("unsynced", unsynced).field("kept", kept).field("torn", tornBytes).end());
    }
  }

  void clockJump(long t, NodeHost node, long byMicros, long reading) {
    trace.event(CLOCK_JUMP, t);
    trace.mix(node.nameHash);
    trace.mix(byMicros);
    if (trace.full()) {
      trace.line(new Json().field("t", t).field("kind", "clock-jump").field("node", node.name).field("by", byMicros)
          .field("local", reading).end());
    }
  }




  private void message(int code, String kind, long t, long id, NodeHost from, NodeHost to, Message m,
      long callId, boolean reply, String reason) {
    trace.event(code, t);
    trace.mix(id);
    trace.mix(from.nameHash);
    trace.mix(to.nameHash);
    trace.mix(TYPE_HASH.get(m.getClass()));
    if (reason != null) {
      trace.mix(reason);
    }
    if (trace.full()) {
      Json j = new Json().field("t", t).field("kind", kind).field("id", id).field("from", from.name)
          .field("to", to.name).field("msg", reply ? "reply:" + m.describe() : m.describe());
      if (callId != 0) {
        j.field("call", callId);
      }
      if (reason != null) {
        j.field("reason", reason);
      }
      trace.line(j.end());
    }
  }

  private static String quoted(String s) {
    StringBuilder sb = new StringBuilder();
    Json.quote(sb, s);
    return sb.toString();
  }
}
