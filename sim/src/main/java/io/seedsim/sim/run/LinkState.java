package io.seedsim.sim.run;

import java.util.Map;

/**
 * The faults of one directed link, with its delay distribution bound to the network stream. When
 * some rule on the link matches only some message types, {@code byType} holds the state for each
 * message class met so far (looked up, never iterated); otherwise it is null and costs nothing.
 */
record LinkState(LinkFaults faults, DelayModel.Sampler delay, Map<Class<?>, LinkState> byType) {}
