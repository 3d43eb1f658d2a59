package io.seedsim.sim.run;

import io.seedsim.sim.Address;
import io.seedsim.sim.Message;
import io.seedsim.sim.Node;
import io.seedsim.sim.Promise;
import io.seedsim.sim.RpcTimeoutException;
import io.seedsim.sim.SimRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One deterministic run: a virtual clock, an event queue ordered by (time, insertion sequence),
 * the nodes, and a network that applies a {@link FaultPlan}. One thread; each event runs to
 * completion. Everything random comes from the seed, split into named streams: "network" for
 * drops, delays and duplicates, "node:ADDRESS" for each node, "disk:ADDRESS" and "clock:ADDRESS"
 * for its machine, "buggify:SITE" for each fault point, and whatever names the scenario asks
 * {@link #random} for ("workload", "faults"), so a change in one does not shift the others.
 */
public final class Simulation {

  /** The drop reason that is none: the receiver is paused, so the message waits. */
  private static final String WAIT = "wait";

  private final SimRandom root;
  private final SimRandom network;
  private final FaultPlan plan;
  private final TraceRecorder tracer;
  private final EventQueue queue = new EventQueue();
  private final List<NodeHost> hosts = new ArrayList<>();
  private final Map<Address, NodeHost> byAddress = new HashMap<>();
  /** Disabled directed links, as (from index << 32 | to index). Looked up, never iterated. */
  private final Set<Long> downLinks = new HashSet<>();
  /** Buggify sites met so far. Looked up, never iterated. */
  private final Map<String, BuggifySite> buggifySites = new HashMap<>();

  /**
   * Clogged directed links and the messages they hold, in clogging order (a LinkedHashMap, so that
   * healing them all at the calm phase goes in a fixed order).
   */
  private final Map<Long, List<Delivery>> cloggedLinks = new LinkedHashMap<>();

  private long now;
  private long events;
  private long nextMessageId = 1;
  private long nextCallId = 1;
  private long nextTimerId = 1;
  private int nextOperationId;
  private boolean partitionActive;
  private boolean stopped;
  private boolean planScheduled;
  private String actor = "scenario";
  /**
   * The id of the message whose handler is running, 0 outside handlers: annotations name it. A
   * timer or disk operation started by a handler carries it on, so work finished later (a write
   * applied once its log record is synced) is still marked as that message's.
   */
  private long handling;

  public Simulation(long seed, FaultPlan plan, Trace.Mode traceMode) {
    this.root = new SimRandom(seed);
    this.network = root.fork("network");
    this.plan = plan;
    this.tracer = new TraceRecorder(new Trace(traceMode));
  }

  // --- set-up ---------------------------------------------------------------------------------

  /** Registers a node; it starts (onStart) at the current virtual time, inside the event loop. */
  public Address addNode(Address address, Supplier<? extends Node> factory) {
    if (byAddress.containsKey(address)) {
      throw new IllegalArgumentException("address " + address + " is already taken");
    }
    NodeHost host = new NodeHost(this, address, hosts.size(), factory, root.fork("node:" + address));
    hosts.add(host);
    byAddress.put(address, host);
    setUpClock(host);
    schedule(now, new ScheduledAction(() -> startHost(host)));
    return address;
  }

  /** Writes the trace header. Call once, after adding the nodes and before running. */
  public void header(String scenario, long seed, String variant) {
    tracer.header(scenario, seed, variant, hosts.stream().map(h -> h.address).sorted().toList());
  }

  /** A named random stream of this run, e.g. "workload" or "faults". */
  public SimRandom random(String stream) {
    return root.fork(stream);
  }

  // --- the scenario's controls ----------------------------------------------------------------

  public long nowMicros() {
    return now;
  }

  public long events() {
    return events;
  }

  /** Client operations begun so far ({@code beginOperation}). */
  public long operations() {
    return nextOperationId;
  }

  public Trace trace() {
    return tracer.trace();
  }

  /** Runs {@code action} at virtual time {@code atMicros} (not before now). */
  public void at(long atMicros, Runnable action) {
    if (atMicros < now) {
      throw new IllegalArgumentException("cannot schedule at " + atMicros + " us: it is already " + now + " us");
    }
    schedule(atMicros, new ScheduledAction(action));
  }

  public void after(long delayMicros, Runnable action) {
    Checks.nonNegative("delayMicros", delayMicros);
    at(now + delayMicros, action);
  }

  /** Ends the run after the current event. */
  public void stop() {
    stopped = true;
  }

  /** The node now running at {@code address}, for checks and inspection; null if it is down. */
  public <N extends Node> N node(Address address, Class<N> type) {
    return type.cast(host(address).node);
  }

  public boolean isUp(Address address) {
    return host(address).up();
  }

  /**
   * The node loses its volatile state and its unsynced disk writes; messages to it are dropped
   * until it restarts.
   */
  public void crash(Address address) {
    NodeHost h = host(address);
    if (h.up()) {
      endPause(h);
      h.crash(NodeHost.Status.CRASHED);
      tracer.crash(now, h);
      if (h.disk != null) {
        h.disk.crash();
      }
    }
  }

  /** Rebuilds a crashed node from its factory, with its disk; it sees {@code ctx.restarted()}. */
  public void restart(Address address) {
    NodeHost h = host(address);
    if (h.status == NodeHost.Status.CRASHED) {
      tracer.restart(now, h);
      h.restarted = true;
      bootHost(h);
    }
  }

  /** Stops the node for good. */
  public void shutdown(Address address) {
    NodeHost h = host(address);
    if (h.status != NodeHost.Status.SHUT_DOWN) {
      endPause(h);
      h.crash(NodeHost.Status.SHUT_DOWN);
      tracer.shutdown(now, h);
    }
  }

  /**
   * Freezes the node for {@code micros}, like a GC stop or a stalled VM: it keeps its state but
   * handles nothing; messages, timers and disk completions that come up wait, and run in their
   * order when it resumes. Pausing a paused node extends the pause; a crash ends it.
   */
  public void pause(Address address, long micros) {
    Checks.positive("pause micros", micros);
    NodeHost h = host(address);
    if (!h.up()) {
      return;
    }
    long until = now + micros;
    if (h.status == NodeHost.Status.PAUSED && until <= h.pausedUntil) {
      return;
    }
    h.status = NodeHost.Status.PAUSED;
    h.pausedUntil = until;
    tracer.pause(now, h, until);
    at(until, () -> {
      if (h.status == NodeHost.Status.PAUSED && h.pausedUntil == now) {
        resume(h);
      }
    });
  }

  /** Ends the node's pause now (before its end); a node that is not paused is left alone. */
  public void resume(Address address) {
    NodeHost h = host(address);
    if (h.status == NodeHost.Status.PAUSED) {
      resume(h);
    }
  }

  public boolean isPaused(Address address) {
    return host(address).status == NodeHost.Status.PAUSED;
  }

  /** The reading of the node's own clock now. */
  public long localMicros(Address address) {
    return host(address).clock.read(now);
  }

  /**
   * No message crosses between groups until {@link #heal()}. Nodes that no group lists form one
   * more group together, so {@code partition(List.of(List.of(server)))} isolates the server and
   * leaves every other node connected to the others.
   */
  public void partition(List<List<Address>> groups) {
    for (NodeHost h : hosts) {
      h.partitionGroup = -1; // the unlisted nodes' group
    }
    for (int g = 0; g < groups.size(); g++) {
      for (Address a : groups.get(g)) {
        host(a).partitionGroup = g;
      }
    }
    partitionActive = true;
    tracer.partition(now, groups);
  }

  public void heal() {
    partitionActive = false;
    tracer.heal(now);
  }

  /** Disables the directed link: messages on it are dropped (the lab's stop_server). */
  public void linkDown(Address from, Address to) {
    NodeHost f = host(from), t = host(to);
    if (downLinks.add(linkKey(f, t))) {
      tracer.link(false, now, f, t);
    }
  }

  public void linkUp(Address from, Address to) {
    NodeHost f = host(from), t = host(to);
    if (downLinks.remove(linkKey(f, t))) {
      tracer.link(true, now, f, t);
    }
  }

  /**
   * Clogs the directed link: its messages are held, not lost, until {@link #unclog} (or the plan's
   * calm phase), then delivered in the order they were sent. A slow or jammed link, as opposed to
   * {@link #linkDown}, which drops.
   */
  public void clog(Address from, Address to) {
    NodeHost f = host(from), t = host(to);
    if (cloggedLinks.putIfAbsent(linkKey(f, t), new ArrayList<>()) == null) {
      note("clog " + f.name + " -> " + t.name);
    }
  }

  public void unclog(Address from, Address to) {
    NodeHost f = host(from), t = host(to);
    List<Delivery> held = cloggedLinks.remove(linkKey(f, t));
    if (held != null) {
      note("unclog " + f.name + " -> " + t.name + ": " + held.size() + " messages released");
      held.forEach(d -> schedule(now, d));
    }
  }

  /** Writes free text into the trace, as the scenario. */
  public void note(String text) {
    note("scenario", text);
  }

  // --- the event loop -------------------------------------------------------------------------

  /**
   * Runs events until {@link #stop()}, until nothing is left, or until the next event would be
   * after {@code untilMicros} or the {@code maxEvents}-th event has run. A handler that throws
   * ends the run with a {@link SimulationFailure}.
   */
  public RunStatus run(long untilMicros, long maxEvents) {
    schedulePlanOnce();
    Checks.nonNegative("maxEvents", maxEvents);
    long budgetEnd = maxEvents > Long.MAX_VALUE - events ? Long.MAX_VALUE : events + maxEvents;
    while (!stopped) {
      if (events >= budgetEnd) {
        return RunStatus.EVENT_BUDGET_SPENT;
      }
      Event next = queue.peek();
      if (next == null) {
        return RunStatus.QUIESCENT;
      }
      if (next.time > untilMicros) {
        now = Math.max(now, untilMicros);
        return RunStatus.TIME_BUDGET_SPENT;
      }
      Event e = queue.poll();
      now = e.time;
      events++;
      try {
        e.fire(this);
      } catch (SimulationFailure f) {
        throw f;
      } catch (RuntimeException | Error ex) {
        throw new SimulationFailure(now, actor, ex);
      } finally {
        actor = "scenario";
        handling = 0;
      }
    }
    return RunStatus.STOPPED;
  }

  // --- kernel internals, called by hosts and events -------------------------------------------

  NodeHost host(Address address) {
    NodeHost h = byAddress.get(address);
    if (h == null) {
      throw new IllegalArgumentException("unknown node address " + address);
    }
    return h;
  }

  LinkState newLinkState(NodeHost from, NodeHost to) {
    LinkFaults faults = plan.faultsFor(from.address, to.address);
    boolean typed = plan.typedRulesOn(from.address, to.address);
    return new LinkState(faults, faults.delay().bind(network), typed ? new HashMap<>() : null);
  }

  private LinkState linkFor(NodeHost from, NodeHost to, Message payload) {
    LinkState link = from.linkTo(to);
    if (link.byType() == null) {
      return link;
    }
    return link.byType().computeIfAbsent(payload.getClass(), type -> {
      LinkFaults faults = plan.faultsFor(from.address, to.address, type);
      return new LinkState(faults, faults.delay().bind(network), null);
    });
  }

  void transmit(NodeHost from, NodeHost to, Message payload, byte kind, long callId) {
    if (payload == null) {
      throw new IllegalArgumentException(from.name + " sent a null message to " + to.name);
    }
    long id = nextMessageId++;
    boolean reply = kind == Delivery.REPLY;
    tracer.send(now, id, from, to, payload, callId, reply);
    LinkState link = linkFor(from, to, payload);
    LinkFaults f = link.faults();
    boolean calm = plan.calmAt(now);
    double dropP = calm ? 0 : reply ? f.replyDropProbability() : f.requestDropProbability();
    if (dropP > 0 && network.chance(dropP)) {
      tracer.drop(now, id, from, to, payload, callId, reply, reply ? "reply-drop" : "request-drop");
      return;
    }
    schedule(now + delay(link, calm), new Delivery(id, from, to, payload, kind, callId));
    if (!calm && f.duplicateProbability() > 0 && network.chance(f.duplicateProbability())) {
      long copy = nextMessageId++;
      tracer.duplicate(now, id, copy, from, to);
      schedule(now + delay(link, false), new Delivery(copy, from, to, payload, kind, callId));
    }
  }

  @SuppressWarnings("unchecked")
  <R extends Message> Promise<R> call(NodeHost from, NodeHost to, Message request, Class<R> replyType, long timeoutMicros) {
    Checks.positive(from.name + ": RPC timeoutMicros", timeoutMicros);
    long callId = nextCallId++;
    Promise<Message> promise = Promise.pending();
    TimerEvent timeout = newTimer(from, timeoutMicros, "rpc-timeout", () -> {
      from.pendingCalls.remove(callId);
      tracer.rpcTimeout(now, from, callId, to);
      promise.fail(new RpcTimeoutException(from.address, to.address, request, timeoutMicros));
    }, false);
    from.pendingCalls.put(callId, new PendingCall(promise, replyType, timeout));
    transmit(from, to, request, Delivery.REQUEST, callId);
    return (Promise<R>) promise;
  }

  void deliver(Delivery d) {
    if (!cloggedLinks.isEmpty()) {
      List<Delivery> held = cloggedLinks.get(linkKey(d.from, d.to));
      if (held != null) {
        held.add(d);
        return;
      }
    }
    String reason = dropReason(d.from, d.to);
    boolean reply = d.kind == Delivery.REPLY;
    if (reason != null) {
      if (reason == WAIT) {
        d.to.waiting.add(d);
        return;
      }
      tracer.drop(now, d.id, d.from, d.to, d.payload, d.callId, reply, reason);
      return;
    }
    tracer.deliver(now, d.id, d.from, d.to, d.payload, d.callId, reply);
    NodeHost to = d.to;
    actor = to.name;
    handling = d.id;
    switch (d.kind) {
      case Delivery.ONE_WAY -> to.node.onMessage(to, d.from.address, d.payload);
      case Delivery.REQUEST -> serve(to, d);
      default -> completeCall(to, d);
    }
    handling = 0;
  }

  private void serve(NodeHost server, Delivery d) {
    Promise<? extends Message> reply = server.node.onRequest(server, d.from.address, d.payload);
    if (reply == null) {
      throw new IllegalStateException(server.name + " returned no promise for " + d.payload.describe());
    }
    int incarnation = server.incarnation;
    reply.whenComplete((r, error) -> {
      if (error == null && server.incarnation == incarnation) {
        transmit(server, d.from, r, Delivery.REPLY, d.callId);
      }
    });
  }

  private void completeCall(NodeHost caller, Delivery d) {
    PendingCall pending = caller.pendingCalls.remove(d.callId);
    if (pending == null) {
      return; // late reply to a call that timed out, or a duplicate: the caller has moved on
    }
    pending.timeout().done = true;
    queue.remove(pending.timeout());
    if (pending.replyType().isInstance(d.payload)) {
      pending.promise().complete(d.payload);
    } else {
      pending.promise().fail(new ClassCastException(caller.name + " expected a "
          + pending.replyType().getSimpleName() + " reply, got " + d.payload.describe()));
    }
  }

  private String dropReason(NodeHost from, NodeHost to) {
    NodeHost.Status status = to.status;
    if (status != NodeHost.Status.UP) {
      return status == NodeHost.Status.PAUSED ? WAIT : status == NodeHost.Status.SHUT_DOWN ? "shut-down" : "crashed";
    }
    if (partitionActive && from.partitionGroup != to.partitionGroup && !plan.calmAt(now)) {
      return "partition";
    }
    if (!downLinks.isEmpty() && downLinks.contains(linkKey(from, to))) {
      return "link-down";
    }
    return null;
  }

  TimerEvent setTimer(NodeHost host, long delayMicros, String label, Runnable action) {
    return newTimer(host, delayMicros, label, action, true);
  }

  private TimerEvent newTimer(NodeHost host, long delayMicros, String label, Runnable action, boolean traced) {
    TimerEvent t = new TimerEvent(host, traced ? nextTimerId++ : 0, label, action);
    t.cause = handling;
    if (traced) {
      tracer.timerSet(now, host, t.id, label, now + delayMicros);
    }
    schedule(now + delayMicros, t);
    return t;
  }

  void cancelTimer(TimerEvent t) {
    if (t.pending()) {
      t.done = true;
      queue.remove(t);
      tracer.timerCancel(now, t.host, t.id, t.label);
    }
  }

  void fireTimer(TimerEvent t) {
    if (!t.pending()) {
      return;
    }
    NodeHost h = t.host;
    if (h.status != NodeHost.Status.UP) {
      if (h.status == NodeHost.Status.PAUSED) {
        h.waiting.add(t);
      }
      return;
    }
    long due = t.dueAt(now);
    if (due > now) {
      schedule(due, t); // a timer on the node's clock, which stepped back since it was set
      return;
    }
    t.done = true;
    if (t.id != 0) {
      tracer.timerFire(now, t.host, t.id, t.label);
    }
    actor = t.host.name;
    handling = t.cause;
    t.action.run();
  }

  LocalTimerEvent setLocalTimer(NodeHost host, NodeClock clock, long localTarget, String label, Runnable action) {
    LocalTimerEvent t = new LocalTimerEvent(host, nextTimerId++, label, action, clock, localTarget);
    t.cause = handling;
    long at = clock.trueTimeFor(localTarget, now);
    tracer.localTimerSet(now, host, t.id, label, at, localTarget);
    schedule(at, t);
    return t;
  }

  SimDisk newDisk(NodeHost host) {
    return new SimDisk(host, plan.disks(), root.fork("disk:" + host.address));
  }

  /** Completes a disk operation of {@code host} after {@code delayMicros}, in the node's context. */
  void diskOperation(NodeHost host, long delayMicros, Runnable completion) {
    DiskEvent e = new DiskEvent(host, completion);
    e.cause = handling;
    schedule(now + delayMicros, e);
  }

  void completeDiskOperation(DiskEvent e) {
    NodeHost h = e.host;
    if (h.incarnation != e.incarnation) {
      return; // the node crashed while the operation was in flight
    }
    if (h.status != NodeHost.Status.UP) {
      if (h.status == NodeHost.Status.PAUSED) {
        h.waiting.add(e);
      }
      return;
    }
    actor = h.name;
    handling = e.cause;
    e.completion.run();
  }

  boolean buggify(NodeHost host, String site) {
    BuggifyOdds odds = plan.buggify();
    if (odds.siteProbability() == 0 || calm()) {
      return false;
    }
    BuggifySite s = buggifySites.get(site);
    if (s == null) {
      SimRandom stream = root.fork("buggify:" + site);
      s = new BuggifySite(stream.chance(odds.siteProbability()), stream);
      buggifySites.put(site, s);
    }
    if (s.enabled() && s.stream().chance(odds.fireProbability())) {
      tracer.buggify(now, host, site);
      return true;
    }
    return false;
  }

  private record BuggifySite(boolean enabled, SimRandom stream) {}

  boolean calm() {
    return plan.calmAt(now);
  }

  TraceRecorder tracer() {
    return tracer;
  }

  int beginOperation(NodeHost host, String description) {
    int op = nextOperationId++;
    tracer.call(now, host, op, description);
    return op;
  }

  void endOperation(NodeHost host, int op, String result) {
    tracer.ret(now, host, op, result);
  }

  void note(String node, String text) {
    tracer.note(now, node, text);
  }

  void annotate(NodeHost host, String label, Supplier<String> text) {
    tracer.annotation(now, host, label, text, handling);
  }

  private void schedule(long time, Event e) {
    e.time = time;
    queue.add(e);
  }

  private long delay(LinkState link, boolean calm) {
    long d = link.delay().nextMicros();
    LinkFaults f = link.faults();
    if (!calm && f.reorderProbability() > 0 && network.chance(f.reorderProbability())) {
      d += network.longInclusive(0, f.reorderMaxMicros());
    }
    return d;
  }

  private void startHost(NodeHost host) {
    if (host.status == NodeHost.Status.NEW) {
      bootHost(host);
    }
  }

  private void bootHost(NodeHost host) {
    actor = host.name;
    host.boot();
  }

  /** The node's clock: drawn from the plan's ranges unless the plan gives it exactly. */
  private void setUpClock(NodeHost host) {
    ClockFaults ranges = plan.clocks();
    SimRandom r = root.fork("clock:" + host.address);
    long offset = signed(r, r.longInclusive(0, ranges.maxOffsetMicros()));
    double drift = ranges.maxDriftPpm() == 0 ? 0 : signed(r, 1) * r.nextDouble() * ranges.maxDriftPpm();
    for (FaultPlan.ClockSkew skew : plan.clockSkews()) {
      if (skew.node().equals(host.address)) {
        offset = skew.offsetMicros();
        drift = skew.driftPpm();
      }
    }
    host.clock = new NodeClock(host, offset, drift);
    int jumps = ranges.maxJumps() == 0 ? 0 : r.intInclusive(0, ranges.maxJumps());
    for (int i = 0; i < jumps; i++) {
      long at = r.longInclusive(0, ranges.jumpWindowMicros());
      long by = signed(r, r.longInclusive(0, ranges.maxJumpMicros()));
      at(Math.max(now, at), () -> jumpClock(host, by));
    }
    for (FaultPlan.ClockJump jump : plan.clockJumps()) {
      if (jump.node().equals(host.address)) {
        at(Math.max(now, jump.atMicros()), () -> jumpClock(host, jump.byMicros()));
      }
    }
  }

  /** {@code magnitude} with a drawn sign, drawn only when it matters; false (the simple draw) is +. */
  private static long signed(SimRandom r, long magnitude) {
    return magnitude != 0 && r.chance(0.5) ? -magnitude : magnitude;
  }

  private void jumpClock(NodeHost host, long byMicros) {
    if (byMicros == 0) {
      return;
    }
    for (LocalTimerEvent t : host.clock.jump(byMicros)) {
      if (t.slot >= 0) { // still queued; one waiting out a pause is checked when it runs
        queue.remove(t);
        schedule(host.clock.trueTimeFor(t.localTarget, now), t);
      }
    }
    tracer.clockJump(now, host, byMicros, host.clock.read(now));
  }

  private void resume(NodeHost h) {
    h.status = NodeHost.Status.UP;
    tracer.resume(now, h, h.waiting.size());
    flushWaiting(h);
  }

  /** A crash or shutdown ends a pause: what waited comes up now and meets the node's new status. */
  private void endPause(NodeHost h) {
    if (h.status == NodeHost.Status.PAUSED) {
      h.status = NodeHost.Status.UP;
      flushWaiting(h);
    }
  }

  private void flushWaiting(NodeHost h) {
    for (Event e : h.waiting) {
      schedule(now, e);
    }
    h.waiting.clear();
  }

  private void schedulePlanOnce() {
    if (planScheduled) {
      return;
    }
    planScheduled = true;
    for (FaultPlan.PartitionPeriod p : plan.partitions()) {
      p.groups().forEach(g -> g.forEach(this::host)); // unknown addresses fail now, not mid-run
      at(Math.max(now, p.startMicros()), () -> partition(p.groups()));
      at(Math.max(now, p.healMicros()), this::heal);
    }
    for (FaultPlan.CrashPeriod c : plan.crashes()) {
      host(c.node());
      at(Math.max(now, c.atMicros()), () -> crash(c.node()));
      if (c.restartMicros() >= 0) {
        at(Math.max(now, c.restartMicros()), () -> restart(c.node()));
      }
    }
    for (FaultPlan.Shutdown s : plan.shutdowns()) {
      host(s.node());
      at(Math.max(now, s.atMicros()), () -> shutdown(s.node()));
    }
    for (FaultPlan.PausePeriod p : plan.pauses()) {
      host(p.node());
      at(Math.max(now, p.atMicros()), () -> pause(p.node(), p.durationMicros()));
    }
    plan.clockSkews().forEach(c -> host(c.node()));
    plan.clockJumps().forEach(c -> host(c.node()));
    if (plan.calmFromMicros() != Long.MAX_VALUE) {
      at(Math.max(now, plan.calmFromMicros()), () -> {
        note("faults healed for good: no more drops, duplicates, reordering or partitions");
        if (partitionActive) {
          heal();
        }
        unclogAll();
      });
    }
  }

  private void unclogAll() {
    for (Long link : List.copyOf(cloggedLinks.keySet())) {
      unclog(hosts.get((int) (link >>> 32)).address, hosts.get((int) (long) link).address);
    }
  }

  private static long linkKey(NodeHost from, NodeHost to) {
    return ((long) from.index << 32) | to.index;
  }
}
