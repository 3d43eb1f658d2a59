package io.seedsim.scenarios.lab;

import io.seedsim.kvstore.KvCluster;
import io.seedsim.sim.Address;
import io.seedsim.sim.SimRandom;
import io.seedsim.sim.run.DelayModel;
import io.seedsim.sim.run.FaultPlan;
import io.seedsim.sim.run.LinkFaults;
import io.seedsim.sim.run.LinkSelector;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Everything the chaos scenario's seed chooses before the run starts (swarm testing, as
 * TigerBeetle's VOPR does): the cluster's shape, the workload's size, and a whole fault
 * configuration. Drawn from the run's "faults" stream, so the workload's draws never shift it.
 *
 * @param faultMicros how long the fault phase lasts; every partition has healed by then and the
 *     clients stop starting new operations
 */
record ChaosConfig(
    int servers,
    int replicas,
    int clients,
    List<String> keys,
    long faultMicros,
    long thinkMaxMicros,
    LinkFaults clientLinks,
    LinkFaults replyLinks,
    LinkFaults serverLinks,
    List<FaultPlan.PartitionPeriod> partitions) {

  /** The most a drop probability may be: beyond it a run makes too little progress to say much. */
  static final double MAX_DROP_PROBABILITY = 0.3;

  static ChaosConfig draw(SimRandom r) {
    int servers = r.intInclusive(3, 5);
    int replicas = r.intInclusive(2, Math.min(3, servers));
    int clients = r.intInclusive(2, 6);
    List<String> keys = new ArrayList<>();
    int keyCount = r.intInclusive(1, 5);
    for (int k = 0; k < keyCount; k++) {
      keys.add(Integer.toString(k));
    }
    if (r.chance(0.25)) {
      keys.add("k"); // a key that is not an integer must work too
    }
    long faultMicros = r.longInclusive(1_000_000, 3_000_000);
    long thinkMaxMicros = r.longInclusive(0, 10_000);

    DelayModel clientDelay = drawDelay(r);
    double duplicate = r.chance(0.5) ? r.nextDouble() * 0.1 : 0;
    double reorder = r.chance(0.5) ? r.nextDouble() * 0.2 : 0;
    long reorderMax = r.longInclusive(0, 60_000);
    LinkFaults requests = new LinkFaults(drop(r), 0, clientDelay, duplicate, reorder, reorderMax);
    LinkFaults replies = new LinkFaults(0, drop(r), clientDelay, duplicate, reorder, reorderMax);
    double serverDrop = drop(r);
    LinkFaults serverLinks = new LinkFaults(serverDrop, serverDrop, drawDelay(r), r.chance(0.5) ? r.nextDouble() * 0.1 : 0,
        r.chance(0.5) ? r.nextDouble() * 0.2 : 0, r.longInclusive(0, 60_000));

    List<FaultPlan.PartitionPeriod> partitions = drawPartitions(r, servers, clients, faultMicros);
    return new ChaosConfig(servers, replicas, clients, List.copyOf(keys), faultMicros, thinkMaxMicros, requests, replies,
        serverLinks, partitions);
  }

  FaultPlan faultPlan() {
    FaultPlan.Builder plan = FaultPlan.builder()
        .links("servers", LabNetwork.serverToServer(), serverLinks)
        .links("requests", LinkSelector.between(LabRun.CLIENT_GROUP, KvCluster.SERVER_GROUP), clientLinks)
        .links("replies", LinkSelector.between(KvCluster.SERVER_GROUP, LabRun.CLIENT_GROUP), replyLinks);
    for (FaultPlan.PartitionPeriod p : partitions) {
      plan.partition(p.startMicros(), p.healMicros(), p.groups());
    }
    // Then the liveness phase: every fault heals for good.
    return plan.calmFrom(faultMicros).build();
  }

  /** One line for the trace and the failure message. */
  String describe() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "chaos: %d servers x %d replicas, %d clients, keys %s, faults for %d ms then calm;",
        servers, replicas, clients, keys, faultMicros / 1000));
    sb.append(" client->server ").append(links(clientLinks, clientLinks.requestDropProbability()));
    sb.append("; server->client ").append(links(replyLinks, replyLinks.replyDropProbability()));
    sb.append("; server<->server ").append(links(serverLinks, serverLinks.requestDropProbability()));
    sb.append("; partitions");
    if (partitions.isEmpty()) {
      sb.append(" none");
    }
    for (FaultPlan.PartitionPeriod p : partitions) {
      sb.append(String.format(Locale.ROOT, " %s %d..%d ms", p.groups(), p.startMicros() / 1000, p.healMicros() / 1000));
    }
    return sb.toString();
  }

  private static String links(LinkFaults f, double drop) {
    return String.format(Locale.ROOT, "drop %.3f delay %s dup %.3f reorder %.3f (+%d ms)", drop, delay(f.delay()),
        f.duplicateProbability(), f.reorderProbability(), f.reorderMaxMicros() / 1000);
  }

  private static String delay(DelayModel d) {
    if (d instanceof DelayModel.Uniform u) {
      return String.format(Locale.ROOT, "U{%d..%d} us", u.minMicros(), u.maxMicros());
    } else if (d instanceof DelayModel.Exponential e) {
      return String.format(Locale.ROOT, "exp(mean %d us)", e.meanMicros());
    } else if (d instanceof DelayModel.LongTail t) {
      return String.format(Locale.ROOT, "pareto(%d us, %.2f, cap %d us)", t.scaleMicros(), t.shape(), t.capMicros());
    }
    return d.toString();
  }

  private static double drop(SimRandom r) {
    return r.chance(0.2) ? 0 : r.nextDouble() * MAX_DROP_PROBABILITY;
  }

  private static DelayModel drawDelay(SimRandom r) {
    return switch (r.nextInt(3)) {
      case 0 -> DelayModel.uniform(0, r.longInclusive(0, 30_000));
      case 1 -> DelayModel.exponential(r.longInclusive(100, 10_000));
      default -> DelayModel.longTail(r.longInclusive(100, 3_000), 1.2 + r.nextDouble() * 2, 200_000);
    };
  }

  /** Up to two partitions, one after the other, each healed before the fault phase ends. */
  private static List<FaultPlan.PartitionPeriod> drawPartitions(SimRandom r, int servers, int clients, long faultMicros) {
    List<FaultPlan.PartitionPeriod> periods = new ArrayList<>();
    int count = r.intInclusive(0, 2);
    long slot = faultMicros / Math.max(1, count);
    for (int i = 0; i < count; i++) {
      long start = i * slot + r.longInclusive(0, slot / 2);
      long heal = Math.min((i + 1) * slot, start + r.longInclusive(50_000, slot / 2));
      periods.add(new FaultPlan.PartitionPeriod(start, heal, splitInTwo(r, servers, clients)));
    }
    return periods;
  }

  private static List<List<Address>> splitInTwo(SimRandom r, int servers, int clients) {
    List<Address> nodes = new ArrayList<>(KvCluster.addresses(servers));
    for (int c = 0; c < clients; c++) {
      nodes.add(Address.of(LabRun.CLIENT_GROUP, c));
    }
    r.shuffle(nodes);
    int cut = r.intInclusive(1, nodes.size() - 1);
    List<Address> a = new ArrayList<>(nodes.subList(0, cut));
    List<Address> b = new ArrayList<>(nodes.subList(cut, nodes.size()));
    a.sort(null);
    b.sort(null);
    return List.of(a, b);
  }
}
