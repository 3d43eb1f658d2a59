package io.seedsim.checker.viz;

import java.util.Objects;

/**
 * A client operation as the trace saw it, from its {@code call} to its {@code return}.
 *
 * @param node the clerk that ran it
 * @param operationId the trace's {@code op}: the same id as the history's {@link OperationView#id()}
 * @param description the call, e.g. {@code append("1", "x")}
 * @param callTime when it began
 * @param returnTime when it returned; null if it never did
 * @param result what it returned; null if it never did
 */
public record ClientOpView(
    String node, long operationId, String description, long callTime, Long returnTime, String result) {
  public ClientOpView {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(description, "description");
  }
}
