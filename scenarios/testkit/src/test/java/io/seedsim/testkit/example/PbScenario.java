package io.seedsim.testkit.example;

import io.seedsim.checker.Models;
import io.seedsim.sim.Address;
import io.seedsim.sim.run.DelayModel;
import io.seedsim.sim.run.FaultPlan;
import io.seedsim.sim.run.LinkFaults;
import io.seedsim.sim.run.Simulation;
import io.seedsim.testkit.SystemRun;
import io.seedsim.testkit.SystemScenario;
import io.seedsim.testkit.client.ClientDriver;
import io.seedsim.testkit.client.Generators;
import io.seedsim.testkit.client.Stop;
import io.seedsim.testkit.client.ThinkTime;
import io.seedsim.testkit.nemesis.Faults;
import io.seedsim.testkit.nemesis.Nemesis;
import io.seedsim.testkit.nemesis.NodeChooser;
import java.util.ArrayList;
import java.util.List;

/**
 * Three replicas of the primary-backup register, three clients reading and writing unique values
 * for 1.5 s while (with a nemesis) the primary crashes, the replicas split, links clog, then
 * calm: every operation must finish within 1 s, and the history must be linearizable.
 */
final class PbScenario extends SystemScenario {

  static final String ASYNC_REPLICATION = "async-replication";
  static final int REPLICAS = 3;
  static final int CLIENTS = 3;
  static final long FAULT_MICROS = 1_500_000;

  private final boolean nemesis;

  PbScenario(String name, boolean nemesis) {
    super(name, "primary-backup register, 3 replicas, 3 clients" + (nemesis ? ", nemesis" : ", no faults"),
        Models.byName("register"));
    this.nemesis = nemesis;
  }

  @Override
  protected FaultPlan faultPlan(long seed, String variant) {
    return FaultPlan.builder()
        .allLinks(new LinkFaults(0, 0, DelayModel.uniform(100, 3_000), 0, 0, 0))
        .calmFrom(FAULT_MICROS)
        .build();
  }

  @Override
  protected void build(SystemRun run) {
    Simulation sim = run.sim();
    boolean bug = run.variant().equals(ASYNC_REPLICATION);
    List<Address> replicas = new ArrayList<>();
    int[] boots = new int[REPLICAS];
    for (int i = 0; i < REPLICAS; i++) {
      int self = i;
      replicas.add(sim.addNode(Replica.address(i), () -> new Replica(self, REPLICAS, boots[self]++ > 0, bug)));
    }
    ClientDriver clients = ClientDriver.builder(run.history())
        .clients(CLIENTS)
        .generator(client -> Generators.register())
        .think(ThinkTime.uniform(0, 5_000))
        .stop(Stop.atMicros(FAULT_MICROS + 300_000))
        .performer(new PbClient(REPLICAS, CLIENTS))
        .build();
    clients.addTo(sim);
    clients.done().whenComplete((v, e) -> run.finish());
    if (nemesis) {
      NodeChooser primary = NodeChooser.matching(replicas, (s, a) -> s.node(a, Replica.class).isPrimary());
      Nemesis.of(List.of(
              Faults.crash(primary),
              Faults.isolate(primary),
              Faults.partitionHalves(replicas),
              Faults.cutOneWay(replicas),
              Faults.clog(replicas)))
          .between(0, FAULT_MICROS)
          .addTo(sim);
    }
    run.checkLiveness(FAULT_MICROS, 1_000_000);
  }
}
