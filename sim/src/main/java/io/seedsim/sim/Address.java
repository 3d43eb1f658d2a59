package io.seedsim.sim;

import java.util.Comparator;
import java.util.Objects;

/**
 * Where a node lives: a group ("server", "clerk") and an index within it. Addresses have a total
 * order (group, then index), so collections of them iterate the same way every run.
 */
public record Address(String group, int index) implements Comparable<Address> {

  private static final Comparator<Address> ORDER =
      Comparator.comparing(Address::group).thenComparingInt(Address::index);

  public Address {
    Objects.requireNonNull(group, "group");
    if (group.isEmpty() || group.contains(" ")) {
      throw new IllegalArgumentException("address group must be a non-empty word, got '" + group + "'");
    }
    if (index < 0) {
      throw new IllegalArgumentException("address index must be >= 0, got " + index);
    }
  }

  public static Address of(String group, int index) {
    return new Address(group, index);
  }

  @Override
  public int compareTo(Address other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return group + "-" + index;
  }
}
