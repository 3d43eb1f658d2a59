package io.seedsim.checker;

/**
 * An operation that could come next after the longest linearizable prefix but does not fit there.
 *
 * @param operation the operation described by the model, e.g. {@code get("1") -> "x1;"}
 * @param reason why it does not fit, e.g. {@code not allowed in state "x1;x2;"}
 */
public record Unplaceable(int operationId, String operation, String reason) {}
