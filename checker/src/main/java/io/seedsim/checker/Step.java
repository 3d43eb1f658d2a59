package io.seedsim.checker;

/** One step of a linearization: the operation that took effect and the state it left, described. */
public record Step(int operationId, String stateAfter) {}
