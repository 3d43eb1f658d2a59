package io.seedsim.sim.run;

/** The faults of one directed link, with its delay distribution bound to the network stream. */
record LinkState(LinkFaults faults, DelayModel.Sampler delay) {}
