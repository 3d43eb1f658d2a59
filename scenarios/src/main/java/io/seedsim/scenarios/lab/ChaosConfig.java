package io.seedsim.scenarios.lab;

import io.seedsim.kvstore.KvCluster;
import io.seedsim.kvstore.KvMessage;
import io.seedsim.kvstore.ShardMap;
import io.seedsim.sim.Address;
import io.seedsim.sim.Message;
import io.seedsim.sim.SimRandom;
import io.seedsim.sim.run.BuggifyOdds;
import io.seedsim.sim.run.ClockFaults;
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
 * Each kind of fault is switched on for a seed with some probability, so seeds differ in which
 * faults they combine, not only in how hard each one hits.
 *
 * @param faultMicros how long the fault phase lasts; every partition has healed by then and the
 *     clients stop starting new operations
 * @param targeted link rules for one message type between servers (drop or delay only Replicate,
 *     or only Forward), before the other server links' rule
 * @param pauses process pauses of servers and clients, each over before the fault phase ends
 * @param stoppedServers servers cut off from every client for good at {@code stopMicros} (the
 *     lab's stop_server); every shard keeps a replica that clients reach
 * @param staleView the cluster as one extra clerk wrongly believes it to be (fewer servers), or
 *     null; that clerk's operations may wait forever on wrong-group answers, so liveness leaves it out
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
    List<FaultPlan.PartitionPeriod> partitions,
    List<Targeted> targeted,
    List<FaultPlan.PausePeriod> pauses,
    List<Integer> stoppedServers,
    long stopMicros,
    ShardMap staleView,
    ClockFaults clocks,
    BuggifyOdds buggify) {

  /** Faults only for messages of {@code type} between servers. */
  record Targeted(Class<? extends Message> type, LinkFaults faults) {}

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
    // Drawn after everything above, so the seeds keep their clusters, links and partitions.
    List<Targeted> targeted = new ArrayList<>();
    if (r.chance(0.3)) {
      Class<? extends Message> type = r.chance(0.5) ? KvMessage.Forward.class : KvMessage.Replicate.class;
      double dropP = r.chance(0.5) ? r.nextDouble() * MAX_DROP_PROBABILITY : 0;
      targeted.add(new Targeted(type, LinkFaults.lossy(dropP, dropP, drawDelay(r))));
    }
    List<FaultPlan.PausePeriod> pauses = drawPauses(r, servers, clients, faultMicros);
    List<Integer> stopped = drawStoppedServers(r, new ShardMap(servers, replicas));
    long stopMicros = stopped.isEmpty() ? 0 : r.longInclusive(0, faultMicros / 2);
    ShardMap staleView = null;
    if (r.chance(0.3)) {
      int believed = r.intInclusive(1, servers - 1);
      staleView = new ShardMap(believed, Math.min(replicas, believed));
    }
    ClockFaults clocks = r.chance(0.3) ? new ClockFaults(r.longInclusive(0, 50_000), r.nextDouble() * 200, 2,
        r.longInclusive(0, 200_000), faultMicros) : ClockFaults.NONE;
    BuggifyOdds buggify = r.chance(0.5) ? BuggifyOdds.USUAL : BuggifyOdds.OFF;
    return new ChaosConfig(servers, replicas, clients, List.copyOf(keys), faultMicros, thinkMaxMicros, requests, replies,
        serverLinks, partitions, List.copyOf(targeted), pauses, stopped, stopMicros, staleView, clocks, buggify);
  }

  /** Up to three pauses of up to 300 ms, of any node, each over before the fault phase ends. */
  private static List<FaultPlan.PausePeriod> drawPauses(SimRandom r, int servers, int clients, long faultMicros) {
    List<FaultPlan.PausePeriod> pauses = new ArrayList<>();
    if (!r.chance(0.4)) {
      return pauses;
    }
    List<Address> nodes = nodes(servers, clients);
    int count = r.intInclusive(1, 3);
    for (int i = 0; i < count; i++) {
      long duration = r.longInclusive(1, 300_000);
      long at = r.longInclusive(0, faultMicros - duration);
      pauses.add(new FaultPlan.PausePeriod(r.pick(nodes), at, duration));
    }
    return List.copyOf(pauses);
  }

  /** Up to replicas - 1 servers, as long as every shard keeps a server clients can reach. */
  private static List<Integer> drawStoppedServers(SimRandom r, ShardMap shards) {
    List<Integer> stopped = new ArrayList<>();
    if (!r.chance(0.4)) {
      return stopped;
    }
    int count = r.intInclusive(1, shards.replicas() - 1);
    for (int i = 0; i < count; i++) {
      int candidate = r.intInclusive(0, shards.servers() - 1);
      if (!stopped.contains(candidate) && everyShardReachable(shards, stopped, candidate)) {
        stopped.add(candidate);
      }
    }
    stopped.sort(null);
    return List.copyOf(stopped);
  }

  private static boolean everyShardReachable(ShardMap shards, List<Integer> stopped, int candidate) {
    for (int shard = 0; shard < shards.servers(); shard++) {
      if (shards.replicasOf(shard).stream().allMatch(server -> server == candidate || stopped.contains(server))) {
        return false;
      }
    }
    return true;
  }

  FaultPlan faultPlan() {
    return planBuilder().build();
  }

  /** The plan, still open for more (the durable scenario adds disks and crashes). */
  FaultPlan.Builder planBuilder() {
    FaultPlan.Builder plan = FaultPlan.builder();
    for (Targeted t : targeted) {
      plan.messages("targeted " + t.type().getSimpleName(), LabNetwork.serverToServer(), t.type(), t.faults());
    }
    plan.links("servers", LabNetwork.serverToServer(), serverLinks)
        .links("requests", LinkSelector.between(LabRun.CLIENT_GROUP, KvCluster.SERVER_GROUP), clientLinks)
        .links("replies", LinkSelector.between(KvCluster.SERVER_GROUP, LabRun.CLIENT_GROUP), replyLinks);
    for (FaultPlan.PartitionPeriod p : partitions) {
      plan.partition(p.startMicros(), p.healMicros(), p.groups());
    }
    pauses.forEach(p -> plan.pause(p.node(), p.atMicros(), p.durationMicros()));
    // Then the liveness phase: every fault heals for good.
    return plan.clocks(clocks).buggify(buggify).calmFrom(faultMicros);
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
    for (Targeted t : targeted) {
      sb.append("; only ").append(t.type().getSimpleName()).append(" between servers ")
          .append(links(t.faults(), t.faults().requestDropProbability()));
    }
    if (!pauses.isEmpty()) {
      sb.append("; pauses");
      for (FaultPlan.PausePeriod p : pauses) {
        sb.append(String.format(Locale.ROOT, " %s at %d ms for %d ms", p.node(), p.atMicros() / 1000,
            p.durationMicros() / 1000));
      }
    }
    if (!stoppedServers.isEmpty()) {
      sb.append(String.format(Locale.ROOT, "; servers %s cut off from clients for good at %d ms", stoppedServers,
          stopMicros / 1000));
    }
    if (staleView != null) {
      sb.append(String.format(Locale.ROOT, "; a stale clerk believes %d servers x %d replicas", staleView.servers(),
          staleView.replicas()));
    }
    if (!clocks.equals(ClockFaults.NONE)) {
      sb.append(String.format(Locale.ROOT, "; clocks off by up to %d ms, drift %.0f ppm, jumps up to %d ms",
          clocks.maxOffsetMicros() / 1000, clocks.maxDriftPpm(), clocks.maxJumpMicros() / 1000));
    }
    if (!buggify.equals(BuggifyOdds.OFF)) {
      sb.append("; buggify on");
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

  private static List<Address> nodes(int servers, int clients) {
    List<Address> nodes = new ArrayList<>(KvCluster.addresses(servers));
    for (int c = 0; c < clients; c++) {
      nodes.add(Address.of(LabRun.CLIENT_GROUP, c));
    }
    return nodes;
  }

  private static List<List<Address>> splitInTwo(SimRandom r, int servers, int clients) {
    List<Address> nodes = nodes(servers, clients);
    r.shuffle(nodes);
    int cut = r.intInclusive(1, nodes.size() - 1);
    List<Address> a = new ArrayList<>(nodes.subList(0, cut));
    List<Address> b = new ArrayList<>(nodes.subList(cut, nodes.size()));
    a.sort(null);
    b.sort(null);
    return List.of(a, b);
  }
}
