package io.seedsim.sim.run;

import io.seedsim.sim.Message;
import io.seedsim.sim.Promise;

/** An RPC waiting for its reply or its timeout. */
record PendingCall(Promise<Message> promise, Class<? extends Message> replyType, TimerEvent timeout) {}
