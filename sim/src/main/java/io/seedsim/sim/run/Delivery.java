package io.seedsim.sim.run;

import io.seedsim.sim.Message;

/** A message in flight, delivered (or dropped) when its time comes. */
final class Delivery extends Event {
  static final byte ONE_WAY = 0, REQUEST = 1, REPLY = 2;

  final long id;
  final NodeHost from;
  final NodeHost to;
  final Message payload;
  final byte kind;
  final long callId;

  Delivery(long id, NodeHost from, NodeHost to, Message payload, byte kind, long callId) {
    this.id = id;
    this.from = from;
    this.to = to;
    this.payload = payload;
    this.kind = kind;
    this.callId = callId;
  }

  @Override
  void fire(Simulation sim) {
    sim.deliver(this);
  }
}
