package io.seedsim.checker.format;

import io.seedsim.checker.HistoryFormatException;
import io.seedsim.checker.Model;
import io.seedsim.checker.Operation;
import io.seedsim.checker.Outcome;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Pairs the events of a Jepsen-style history (an invoke, later a completion from the same
 * process) into operations. Time is the event's position in the file, which is real-time order.
 * An invoke still open at the end of the history has an unknown outcome.
 */
final class EventHistoryBuilder {
  private final String file;
  private final Model<?> model;
  private final Map<Integer, Invocation> open = new HashMap<>();
  private final List<Invocation> calls = new ArrayList<>();
  private long time;

  EventHistoryBuilder(String file, Model<?> model) {
    this.file = file;
    this.model = model;
  }

  /** A client called {@code function}; checked against the model now, so the error names this line. */
  void invoke(int line, int client, String function, String key, Object argument) throws HistoryFormatException {
    Invocation already = open.get(client);
    if (already != null) {
      throw error(line, "process " + client + " invokes " + function + " while its " + already.function
          + " from line " + already.line + " has not completed");
    }
    decode(line, function, key, argument, null, Outcome.UNKNOWN);
    Invocation call = new Invocation(line, client, function, key, argument, time++);
    open.put(client, call);
    calls.add(call);
  }

  /** The client's open call completed; {@code result} is null for an unknown outcome. */
  void complete(int line, int client, String function, Object result, Outcome outcome) throws HistoryFormatException {
    Invocation call = close(line, client, function);
    call.completion = decode(line, function, call.key, call.argument, result, outcome);
    call.ret = outcome == Outcome.UNKNOWN ? Operation.UNKNOWN : time;
    time++;
  }

  /** The client's open call definitely had no effect: it leaves the history. */
  void discard(int line, int client, String function) throws HistoryFormatException {
    close(line, client, function).discarded = true;
    time++;
  }

  /** The argument of the client's open call (for completions that echo it). */
  Object openArgument(int client) {
    Invocation call = open.get(client);
    return call == null ? null : call.argument;
  }

  /** The operations, ids 0, 1, ... in call order. */
  List<Operation> build() throws HistoryFormatException {
    List<Operation> ops = new ArrayList<>(calls.size());
    for (Invocation call : calls) {
      if (call.discarded) continue;
      Model.Call decoded = call.completion != null
          ? call.completion
          : decode(call.line, call.function, call.key, call.argument, null, Outcome.UNKNOWN);
      ops.add(new Operation(ops.size(), call.client, decoded.input(), decoded.output(), call.time, call.ret));
    }
    return ops;
  }

  HistoryFormatException error(int line, String problem) {
    return new HistoryFormatException(file, line, problem);
  }

  private Invocation close(int line, int client, String function) throws HistoryFormatException {
    Invocation call = open.remove(client);
    if (call == null) {
      throw error(line, "a completion of " + function + " by process " + client + " without an invoke");
    }
    if (!Objects.equals(call.function, function)) {
      throw error(line, "process " + client + " completes " + function + " but invoked " + call.function
          + " on line " + call.line);
    }
    return call;
  }

  private Model.Call decode(int line, String function, String key, Object argument, Object result, Outcome outcome)
      throws HistoryFormatException {
    try {
      return model.decode(function, key, argument, result, outcome);
    } catch (IllegalArgumentException | ClassCastException e) {
      throw error(line, e.getMessage());
    }
  }

  private static final class Invocation {
    final int line;
    final int client;
    final String function;
    final String key;
    final Object argument;
    final long time;
    long ret = Operation.UNKNOWN;
    Model.Call completion;
    boolean discarded;

    Invocation(int line, int client, String function, String key, Object argument, long time) {
      this.line = line;
      this.client = client;
      this.function = function;
      this.key = key;
      this.argument = argument;
      this.time = time;
    }
  }
}
