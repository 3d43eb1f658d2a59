package io.seedsim.sim.run;

import io.seedsim.sim.Address;
import io.seedsim.sim.Message;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/** Turns what the kernel does into trace records: the hash always, the records themselves in full mode. */
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
      List<String> names = nodes.stream().map(Address::toString).toList();
      trace.add(new TraceRecord("kind", "header", "scenario", scenario, "seed", seed, "variant", variant, "nodes", names));
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
      trace.add(new TraceRecord("t", t, "kind", "duplicate", "id", id, "copy", copy, "from", from.name, "to", to.name));
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
      trace.add(new TraceRecord("t", t, "kind", "timer-set", "node", node.name, "timer", timer, "at", at,
          "local", localAt, "label", label));
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
      trace.add(code == TIMER_SET
          ? new TraceRecord("t", t, "kind", kind, "node", node.name, "timer", timer, "at", at, "label", label)
          : new TraceRecord("t", t, "kind", kind, "node", node.name, "timer", timer, "label", label));
    }
  }

  void rpcTimeout(long t, NodeHost node, long callId, NodeHost to) {
    trace.event(RPC_TIMEOUT, t);
    trace.mix(node.nameHash);
    trace.mix(callId);
    if (trace.full()) {
      trace.add(new TraceRecord("t", t, "kind", "rpc-timeout", "node", node.name, "call", callId, "to", to.name));
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
      trace.add(new TraceRecord("t", t, "kind", kind, "node", node.name));
    }
  }

  void partition(long t, List<List<Address>> groups) {
    trace.event(PARTITION, t);
    List<List<String>> names = groups.stream().map(g -> g.stream().map(Address::toString).toList()).toList();
    // The hash takes the groups as their JSON text.
    StringBuilder text = new StringBuilder();
    TraceRecord.value(text, names);
    trace.mix(text.toString());
    if (trace.full()) {
      trace.add(new TraceRecord("t", t, "kind", "partition", "groups", names));
    }
  }

  void heal(long t) {
    trace.event(HEAL, t);
    if (trace.full()) {
      trace.add(new TraceRecord("t", t, "kind", "heal"));
    }
  }

  void link(boolean up, long t, NodeHost from, NodeHost to) {
    trace.event(up ? LINK_UP : LINK_DOWN, t);
    trace.mix(from.nameHash);
    trace.mix(to.nameHash);
    if (trace.full()) {
      trace.add(new TraceRecord("t", t, "kind", up ? "link-up" : "link-down", "from", from.name, "to", to.name));
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
      trace.add(new TraceRecord("t", t, "kind", kind, "node", node.name, "op", op, field, text));
    }
  }

  void note(long t, String node, String text) {
    trace.event(NOTE, t);
    trace.mix(node);
    trace.mix(text);
    if (trace.full()) {
      trace.add(new TraceRecord("t", t, "kind", "note", "node", node, "text", text));
    }
  }

  /**
   * What a node wrote with {@code NodeContext.annotate}. It stays out of the hash, so adding or
   * changing annotations never changes a run's identity; {@code handling} is the id of the
   * message whose handler wrote it, 0 when none did (a timer, a start).
   */
  void annotation(long t, NodeHost node, String label, Supplier<String> describe, long handling) {
    trace.unhashed();
    if (trace.full()) {
      String text = describe.get();
      trace.add(handling == 0
          ? new TraceRecord("t", t, "kind", "annotation", "node", node.name, "label", label, "text", text)
          : new TraceRecord("t", t, "kind", "annotation", "node", node.name, "label", label, "text", text,
              "handling", handling));
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
      trace.add(new TraceRecord("t", t, "kind", kind, "node", node.name, "key", key, "bytes", bytes));
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
      trace.add(new TraceRecord("t", t, "kind", "buggify", "node", node.name, "site", site));
    }
  }

  /** An event of one node with one number. */
  private void nodeEvent(int code, String kind, long t, NodeHost node, String field, long value) {
    trace.event(code, t);
    trace.mix(node.nameHash);
    trace.mix(value);
    if (trace.full()) {
      trace.add(new TraceRecord("t", t, "kind", kind, "node", node.name, field, value));
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
      trace.add(key == null
          ? new TraceRecord("t", t, "kind", "disk-fault", "node", node.name, "fault", fault, "op", op)
          : new TraceRecord("t", t, "kind", "disk-fault", "node", node.name, "fault", fault, "op", op, "key", key));
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
      trace.add(new TraceRecord("t", t, "kind", "disk-crash", "node", node.name, "unsynced", unsynced, "kept", kept,
          "torn", tornBytes));
    }
  }

  void clockJump(long t, NodeHost node, long byMicros, long reading) {
    trace.event(CLOCK_JUMP, t);
    trace.mix(node.nameHash);
    trace.mix(byMicros);
    if (trace.full()) {
      trace.add(new TraceRecord("t", t, "kind", "clock-jump", "node", node.name, "by", byMicros, "local", reading));
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
      TraceRecord.MessageText msg = new TraceRecord.MessageText(m, reply);
      Object[] fields = Arrays.copyOf(new Object[] {"t", t, "kind", kind, "id", id, "from", from.name, "to", to.name,
          "msg", msg}, 12 + (callId != 0 ? 2 : 0) + (reason != null ? 2 : 0));
      int i = 12;
      if (callId != 0) {
        fields[i++] = "call";
        fields[i++] = callId;
      }
      if (reason != null) {
        fields[i++] = "reason";
        fields[i] = reason;
      }
      trace.add(new TraceRecord(fields));
    }
  }
}
