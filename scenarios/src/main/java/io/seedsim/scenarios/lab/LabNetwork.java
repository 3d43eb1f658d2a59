package io.seedsim.scenarios.lab;

import io.seedsim.kvstore.KvCluster;
import io.seedsim.sim.run.DelayModel;
import io.seedsim.sim.run.FaultPlan;
import io.seedsim.sim.run.LinkFaults;
import io.seedsim.sim.run.LinkSelector;

/**
 * The lab's two networks in virtual time. The lab's reliable network has no delay at all, which
 * would let a client do unbounded operations at one instant; here each message takes a small
 * constant time instead, which gives about the Python reference's operation rate. The unreliable
 * network is the lab's: request delay U{0..27} ms, then a 10 % request drop, the handler, and a
 * 10 % reply drop. The server-to-server link is reliable in both, as in the lab.
 */
final class LabNetwork {

  /** One-way time of a message on a reliable client link. */
  static final long RELIABLE_DELAY_MICROS = 500;
  /** One-way time between servers (the lab calls the other server's object directly). */
  static final long SERVER_LINK_DELAY_MICROS = 100;
  static final long UNRELIABLE_DELAY_MAX_MICROS = 27_000;
  static final double UNRELIABLE_DROP_PROBABILITY = 0.10;

  private LabNetwork() {}

  static FaultPlan reliable() {
    LinkFaults client = LinkFaults.lossy(0, 0, DelayModel.constant(RELIABLE_DELAY_MICROS));
    return FaultPlan.builder()
        .links("servers", serverToServer(), serverLink())
        .links("clients", LinkSelector.eitherWay(LabRun.CLIENT_GROUP, KvCluster.SERVER_GROUP), client)
        .build();
  }

  static FaultPlan unreliable() {
    LinkFaults requests = LinkFaults.lossy(
        UNRELIABLE_DROP_PROBABILITY, 0, DelayModel.uniform(0, UNRELIABLE_DELAY_MAX_MICROS));
    LinkFaults replies = LinkFaults.lossy(0, UNRELIABLE_DROP_PROBABILITY, DelayModel.NONE);
    return FaultPlan.builder()
        .links("servers", serverToServer(), serverLink())
        .links("requests", LinkSelector.between(LabRun.CLIENT_GROUP, KvCluster.SERVER_GROUP), requests)
        .links("replies", LinkSelector.between(KvCluster.SERVER_GROUP, LabRun.CLIENT_GROUP), replies)
        .build();
  }

  static LinkSelector serverToServer() {
    return LinkSelector.between(KvCluster.SERVER_GROUP, KvCluster.SERVER_GROUP);
  }

  private static LinkFaults serverLink() {
    return LinkFaults.lossy(0, 0, DelayModel.constant(SERVER_LINK_DELAY_MICROS));
  }
}
