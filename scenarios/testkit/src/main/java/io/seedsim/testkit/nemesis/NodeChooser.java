package io.seedsim.testkit.nemesis;

import io.seedsim.sim.Address;
import io.seedsim.sim.SimRandom;
import io.seedsim.sim.run.Simulation;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;

/** Picks the node a fault hits, when the fault starts: "any node", "the current primary". */
@FunctionalInterface
public interface NodeChooser {

  /** The node to hit now, or empty when no node qualifies. */
  Optional<Address> choose(Simulation sim, SimRandom random);

  /** Any of {@code nodes} that is up, drawn at random (a draw of 0 picks the first). */
  static NodeChooser anyOf(List<Address> nodes) {
    return matching(nodes, (sim, node) -> true);
  }

  /**
   * One of {@code nodes} that is up and for which {@code predicate} holds now, drawn at random;
   * for example the current primary: {@code (sim, a) -> sim.node(a, Replica.class).isPrimary()}.
   */
  static NodeChooser matching(List<Address> nodes, BiPredicate<Simulation, Address> predicate) {
    List<Address> all = List.copyOf(nodes);
    return (sim, random) -> {
      List<Address> candidates = all.stream().filter(a -> sim.isUp(a) && predicate.test(sim, a)).toList();
      return candidates.isEmpty() ? Optional.empty() : Optional.of(random.pick(candidates));
    };
  }
}
