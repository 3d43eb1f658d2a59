package io.seedsim.testkit.nemesis;

import io.seedsim.sim.Address;
import io.seedsim.sim.SimRandom;
import io.seedsim.sim.run.Simulation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The faults that ship: crash and restart, pause, partitions (random halves, one node isolated, one way
 * only) and a clogged link. Partitions list groups; nodes no group lists are in one more group
 * together (see {@link Simulation#partition}), so pass the clients too when they should land on a
 * side.
 */
public final class Faults {
  private Faults() {}

  /** Crashes the node {@code chooser} picks (e.g. the current primary); healing restarts it. */
  public static Fault crash(NodeChooser chooser) {
    return fault("crash", (sim, random) -> {
      Optional<Address> node = chooser.choose(sim, random);
      if (node.isEmpty()) {
        sim.note("nemesis: crash: no node to crash");
        return () -> {};
      }
      sim.note("nemesis: crash " + node.get());
      sim.crash(node.get());
      return () -> sim.restart(node.get());
    });
  }

  /**
   * Freezes the node {@code chooser} picks (a GC stop, a stalled VM) until healed: it keeps its
   * state, and what came up meanwhile runs when it resumes.
   */
  public static Fault pause(NodeChooser chooser) {
    return fault("pause", (sim, random) -> {
      Optional<Address> node = chooser.choose(sim, random);
      if (node.isEmpty()) {
        sim.note("nemesis: pause: no node to pause");
        return () -> {};
      }
      sim.note("nemesis: pause " + node.get());
      sim.pause(node.get(), Long.MAX_VALUE / 4); // until healed: a pause of a crashed node ends anyway
      return () -> sim.resume(node.get());
    });
  }

  /** Splits {@code nodes} into two random halves (the smaller half first) until healed. */
  public static Fault partitionHalves(List<Address> nodes) {
    List<Address> all = List.copyOf(nodes);
    return fault("partition-halves", (sim, random) -> {
      List<List<Address>> halves = halves(all, random);
      sim.note("nemesis: partition " + halves);
      sim.partition(halves);
      return sim::heal;
    });
  }

  /** Cuts the node {@code chooser} picks off from every other node until healed. */
  public static Fault isolate(NodeChooser chooser) {
    return fault("isolate", (sim, random) -> {
      Optional<Address> node = chooser.choose(sim, random);
      if (node.isEmpty()) {
        sim.note("nemesis: isolate: no node to isolate");
        return () -> {};
      }
      sim.note("nemesis: isolate " + node.get());
      sim.partition(List.of(List.of(node.get())));
      return sim::heal;
    });
  }

  /**
   * Splits {@code nodes} into two random halves and drops every message from the first to the
   * second, while the other way still works, until healed.
   */
  public static Fault cutOneWay(List<Address> nodes) {
    List<Address> all = List.copyOf(nodes);
    return fault("cut-one-way", (sim, random) -> {
      List<List<Address>> halves = halves(all, random);
      sim.note("nemesis: cut one way " + halves.get(0) + " -> " + halves.get(1));
      for (Address from : halves.get(0)) {
        for (Address to : halves.get(1)) {
          sim.linkDown(from, to);
        }
      }
      return () -> {
        for (Address from : halves.get(0)) {
          for (Address to : halves.get(1)) {
            sim.linkUp(from, to);
          }
        }
      };
    });
  }

  /**
   * Clogs the link between two of {@code nodes}, drawn at random, both ways: messages wait, none
   * is lost, until healed.
   */
  public static Fault clog(List<Address> nodes) {
    List<Address> all = List.copyOf(nodes);
    if (all.size() < 2) {
      throw new IllegalArgumentException("clogging a link needs two nodes, not " + all);
    }
    return fault("clog", (sim, random) -> {
      List<Address> pair = new ArrayList<>(all);
      Address a = pair.remove(random.nextInt(pair.size()));
      Address b = pair.get(random.nextInt(pair.size()));
      sim.clog(a, b);
      sim.clog(b, a);
      return () -> {
        sim.unclog(a, b);
        sim.unclog(b, a);
      };
    });
  }

  /** A fault from a name and what it does. */
  public static Fault fault(String name, Starter starter) {
    return new Fault() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Runnable start(Simulation sim, SimRandom random) {
        return starter.start(sim, random);
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }

  /** What {@link #fault} runs: start now, return the heal. */
  @FunctionalInterface
  public interface Starter {
    Runnable start(Simulation sim, SimRandom random);
  }

  private static List<List<Address>> halves(List<Address> nodes, SimRandom random) {
    List<Address> shuffled = new ArrayList<>(nodes);
    random.shuffle(shuffled);
    int cut = shuffled.size() / 2;
    List<Address> a = new ArrayList<>(shuffled.subList(0, cut));
    List<Address> b = new ArrayList<>(shuffled.subList(cut, shuffled.size()));
    a.sort(null);
    b.sort(null);
    return List.of(List.copyOf(a), List.copyOf(b));
  }
}
