package io.seedsim.checker.viz;

import java.util.Objects;

/**
 * A period during which one directed link was disabled.
 *
 * @param from the link's source node
 * @param to the link's destination node
 * @param startTime when it went down
 * @param endTime when it came back up; null if it stayed down to the end
 */
public record LinkDownView(String from, String to, long startTime, Long endTime) {
  public LinkDownView {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }
}
