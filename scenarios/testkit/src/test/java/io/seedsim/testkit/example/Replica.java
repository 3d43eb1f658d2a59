package io.seedsim.testkit.example;

import io.seedsim.sim.Address;
import io.seedsim.sim.Message;
import io.seedsim.sim.Node;
import io.seedsim.sim.NodeContext;
import io.seedsim.sim.Promise;
import io.seedsim.testkit.example.PbMessage.Ack;
import io.seedsim.testkit.example.PbMessage.ClientReply;
import io.seedsim.testkit.example.PbMessage.ClientRequest;
import io.seedsim.testkit.example.PbMessage.Heartbeat;
import io.seedsim.testkit.example.PbMessage.Replicate;
import java.util.ArrayList;
import java.util.List;

/**
 * One replica of a primary-backup register: the primary of epoch e is replica e mod n. The primary
 * sends heartbeats; a backup that hears none for a while moves to the next epoch (and so to the
 * next primary). A write is applied on every backup before the primary applies it and answers; a
 * read first confirms with every backup that no later epoch exists. A restarted replica has lost
 * its state and takes no part until a heartbeat brings it the value.
 *
 * <p>The bug ({@code asyncReplication}): the primary applies and answers a write at once and
 * replicates it in the background, so a primary that crashes right after answering loses the
 * write, and the next primary serves the older value.
 */
final class Replica implements Node {

  static final String GROUP = "replica";
  static final long HEARTBEAT_MICROS = 20_000;
  static final long ELECTION_TIMEOUT_MICROS = 100_000;
  static final long RPC_TIMEOUT_MICROS = 30_000;

  private final int self;
  private final int replicas;
  private final boolean asyncReplication;
  private NodeContext ctx;
  private long epoch;
  private Long value;
  private boolean recovering;
  private long lastHeard;
  /** Writes go one at a time, so every replica applies them in one order. */
  private Promise<Void> writes = Promise.completed(null);

  Replica(int self, int replicas, boolean restarted, boolean asyncReplication) {
    this.self = self;
    this.replicas = replicas;
    this.recovering = restarted;
    this.asyncReplication = asyncReplication;
  }

  static Address address(int i) {
    return Address.of(GROUP, i);
  }

  boolean isPrimary() {
    return !recovering && epoch % replicas == self;
  }

  @Override
  public void onStart(NodeContext ctx) {
    this.ctx = ctx;
    lastHeard = ctx.nowMicros();
    tick();
  }

  private void tick() {
    if (isPrimary()) {
      for (Address other : others()) {
        ctx.send(other, new Heartbeat(epoch, value));
      }
    } else if (!recovering && ctx.nowMicros() - lastHeard > ELECTION_TIMEOUT_MICROS) {
      epoch++;
      lastHeard = ctx.nowMicros();
      ctx.note("no heartbeat: moving to epoch " + epoch);
    }
    ctx.setTimer(HEARTBEAT_MICROS, "tick", this::tick);
  }

  @Override
  public void onMessage(NodeContext ctx, Address from, Message message) {
    if (message instanceof Heartbeat h && h.epoch() >= epoch) {
      epoch = h.epoch();
      lastHeard = ctx.nowMicros();
      if (recovering) {
        value = h.value();
        recovering = false;
      }
    } else if (message instanceof Replicate r) {
      accept(r); // the buggy primary's background copy
    }
  }

  @Override
  public Promise<? extends Message> onRequest(NodeContext ctx, Address from, Message request) {
    if (request instanceof Replicate r) {
      return Promise.completed(new Ack(accept(r)));
    }
    ClientRequest c = (ClientRequest) request;
    if (!isPrimary()) {
      return Promise.completed(new ClientReply(false, false, null));
    }
    if (!c.write()) {
      long asked = epoch;
      return everyBackup(new Replicate(asked, null, true))
          .then(ok -> ok && asked == epoch ? new ClientReply(true, true, value) : new ClientReply(true, false, null));
    }
    if (asyncReplication) {
      value = c.value();
      for (Address other : others()) {
        ctx.send(other, new Replicate(epoch, c.value(), false));
      }
      return Promise.completed(new ClientReply(true, true, null));
    }
    Promise<ClientReply> reply = writes.compose(v -> write(c.value()));
    writes = reply.then(r -> null);
    return reply;
  }

  private Promise<ClientReply> write(Long v) {
    long asked = epoch;
    if (!isPrimary()) {
      return Promise.completed(new ClientReply(true, false, null));
    }
    return everyBackup(new Replicate(asked, v, false)).then(ok -> {
      if (ok && asked == epoch) {
        value = v;
        return new ClientReply(true, true, null);
      }
      return new ClientReply(true, false, null); // some backups may have it: the outcome is unknown
    });
  }

  /** True when the backup takes the primary's epoch (and write); false when it knows a later one. */
  private boolean accept(Replicate r) {
    if (recovering || r.epoch() < epoch) {
      return false;
    }
    epoch = r.epoch();
    lastHeard = ctx.nowMicros();
    if (!r.confirmOnly()) {
      value = r.value();
    }
    return true;
  }

  /** True when every backup acknowledged in time. */
  private Promise<Boolean> everyBackup(Replicate message) {
    List<Promise<Boolean>> acks = new ArrayList<>();
    for (Address other : others()) {
      acks.add(ctx.call(other, message, Ack.class, RPC_TIMEOUT_MICROS).then(Ack::ok).recoverWith(e -> Promise.completed(false)));
    }
    return Promise.all(acks).then(all -> all.stream().allMatch(b -> b));
  }

  private List<Address> others() {
    List<Address> others = new ArrayList<>();
    for (int i = 0; i < replicas; i++) {
      if (i != self) {
        others.add(address(i));
      }
    }
    return others;
  }
}
