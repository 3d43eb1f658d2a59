package io.seedsim.checker.viz;

import java.util.List;

/**
 * A period during which the network was split into groups that could not reach each other.
 *
 * @param startTime when the partition began
 * @param endTime when it healed (or a new partition replaced it); null if it lasted to the end
 * @param groups the groups of node names; no message crossed between groups
 */
public record NetworkPartitionView(long startTime, Long endTime, List<List<String>> groups) {
  public NetworkPartitionView {
    groups = groups.stream().map(List::copyOf).toList();
  }
}
