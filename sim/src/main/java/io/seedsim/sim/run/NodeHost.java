package io.seedsim.sim.run;

import io.seedsim.sim.Address;
import io.seedsim.sim.Disk;
import io.seedsim.sim.LocalClock;
import io.seedsim.sim.Message;
import io.seedsim.sim.Node;
import io.seedsim.sim.NodeContext;
import io.seedsim.sim.Promise;
import io.seedsim.sim.SimRandom;
import io.seedsim.sim.TimerHandle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The kernel's side of one node: its current incarnation, its status, its pending RPC calls, its
 * links, and the machine it runs on (disk and clock, which outlive crashes). It is also the node's
 * {@link NodeContext}. A crash bumps the incarnation, so timers and callbacks of the old
 * incarnation never run. While the node is paused, its events wait in {@link #waiting}.
 */
final class NodeHost implements NodeContext {

  /** PAUSED is a status, not a flag, so the event loop's one status check also catches a pause. */
  enum Status { NEW, UP, PAUSED, CRASHED, SHUT_DOWN }

  final Simulation sim;
  final Address address;
  final String name;
  final long nameHash;
  final int index;
  private final Supplier<? extends Node> factory;
  private final SimRandom random;

  Node node;
  Status status = Status.NEW;
  int incarnation;
  /** Network partition group; meaningful while a partition is active. */
  int partitionGroup;
  /** Calls awaiting a reply, by call id. Looked up, never iterated. */
  Map<Long, PendingCall> pendingCalls = new HashMap<>();
  private LinkState[] outLinks = new LinkState[4];
  boolean restarted;
  /** Created on first use, so nodes without a disk draw nothing and trace nothing. */
  SimDisk disk;
  NodeClock clock;
  long pausedUntil;
  /** The node's events that came up while it was paused, in the order they came up. */
  final List<Event> waiting = new ArrayList<>();

  NodeHost(Simulation sim, Address address, int index, Supplier<? extends Node> factory, SimRandom random) {
    this.sim = sim;
    this.address = address;
    this.name = address.toString();
    this.nameHash = ((long) name.hashCode() << 32) ^ name.length();
    this.index = index;
    this.factory = factory;
    this.random = random;
  }

  /** A fresh node object from the factory; all volatile state starts over. */
  void boot() {
    node = factory.get();
    if (node == null) {
      throw new IllegalStateException("the factory of " + name + " returned null");
    }
    status = Status.UP;
    pendingCalls = new HashMap<>();
    node.onStart(this);
  }

  void crash(Status newStatus) {
    status = newStatus;
    incarnation++;
    node = null;
    pendingCalls = new HashMap<>();
  }

  /** Running or paused: it keeps its state either way. */
  boolean up() {
    return status == Status.UP || status == Status.PAUSED;
  }

  LinkState linkTo(NodeHost to) {
    if (to.index >= outLinks.length) {
      outLinks = Arrays.copyOf(outLinks, Math.max(outLinks.length * 2, to.index + 1));
    }
    LinkState link = outLinks[to.index];
    if (link == null) {
      link = sim.newLinkState(this, to);
      outLinks[to.index] = link;
    }
    return link;
  }

  // --- NodeContext ---------------------------------------------------------------------------

  @Override
  public Address self() {
    return address;
  }

  @Override
  public long nowMicros() {
    return sim.nowMicros();
  }

  @Override
  public SimRandom random() {
    return random;
  }

  @Override
  public void send(Address to, Message message) {
    sim.transmit(this, sim.host(to), message, Delivery.ONE_WAY, 0);
  }

  @Override
  public <R extends Message> Promise<R> call(Address to, Message request, Class<R> replyType, long timeoutMicros) {
    return sim.call(this, sim.host(to), request, replyType, timeoutMicros);
  }

  @Override
  public TimerHandle setTimer(long delayMicros, String label, Runnable action) {
    if (delayMicros <= 0) {
      throw new IllegalArgumentException(name + ": timer '" + label + "' needs a delay > 0 us, got " + delayMicros);
    }
    return sim.setTimer(this, delayMicros, label, action);
  }

  @Override
  public void cancel(TimerHandle timer) {
    if (!(timer instanceof TimerEvent t) || t.host != this) {
      throw new IllegalArgumentException(name + " cannot cancel a timer it did not set: " + timer);
    }
    sim.cancelTimer(t);
  }

  @Override
  public int beginOperation(String description) {
    return sim.beginOperation(this, description);
  }

  @Override
  public void endOperation(int operationId, String result) {
    sim.endOperation(this, operationId, result);
  }

  @Override
  public void note(String text) {
    sim.note(name, text);
  }

  @Override
  public void annotate(String label, Supplier<String> text) {
    sim.annotate(this, label, text);
  }

  @Override
  public boolean restarted() {
    return restarted;
  }

  @Override
  public Disk disk() {
    if (disk == null) {
      disk = sim.newDisk(this);
    }
    return disk;
  }

  @Override
  public LocalClock clock() {
    return clock;
  }

  @Override
  public boolean buggify(String site) {
    return sim.buggify(this, site);
  }

  @Override
  public String toString() {
    return name;
  }
}
