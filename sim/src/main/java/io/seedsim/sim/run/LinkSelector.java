package io.seedsim.sim.run;

import io.seedsim.sim.Address;

/** Which directed links a fault rule applies to. */
@FunctionalInterface
public interface LinkSelector {

  boolean matches(Address from, Address to);

  static LinkSelector any() {
    return (from, to) -> true;
  }

  /** Links from a node of group {@code fromGroup} to a node of group {@code toGroup}. */
  static LinkSelector between(String fromGroup, String toGroup) {
    return (from, to) -> from.group().equals(fromGroup) && to.group().equals(toGroup);
  }

  /** Links in either direction between the two groups. */
  static LinkSelector eitherWay(String groupA, String groupB) {
    return between(groupA, groupB).or(between(groupB, groupA));
  }

  default LinkSelector or(LinkSelector other) {
    return (from, to) -> matches(from, to) || other.matches(from, to);
  }
}
