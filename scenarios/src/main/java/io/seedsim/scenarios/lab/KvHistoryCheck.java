package io.seedsim.scenarios.lab;

import io.seedsim.checker.CheckOptions;
import io.seedsim.checker.CheckResult;
import io.seedsim.checker.KvInput;
import io.seedsim.checker.KvOp;
import io.seedsim.checker.Linearizability;
import io.seedsim.checker.Model;
import io.seedsim.checker.Models;
import io.seedsim.checker.Operation;
import io.seedsim.testkit.FailureLines;
import io.seedsim.testkit.history.HistoryRecorder;
import io.seedsim.testkit.history.LiveCheck;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Judges a lab history with the checker's {@code kv} model. The budget is generous on purpose: a
 * run's verdict must be a function of its seed, not of how busy the machine is, so an UNKNOWN
 * (which a lab history, sequential per key, never comes near) fails the run rather than passing
 * it on a guess.
 */
final class KvHistoryCheck implements HistoryCheck {

  static final Model<?> KV = Models.byName("kv");
  private static final Duration BUDGET = Duration.ofMinutes(5);

  /** Checks the history as the run records it; the check after the run is needed only when this cannot settle it. */
  @Override
  public BooleanSupplier follow(HistoryRecorder history) {
    return new LiveCheck(KV, new KvReading()).follow(history)::linearizable;
  }

  @Override
  public String violation(List<HistoryEntry> history) {
    CheckResult result = verdict(history);
    if (result.memoryBudgetSpent()) {
      // The JVM is short of memory for this check: an environment error, not the run's failure.
      throw new OutOfMemoryError("the linearizability check's memory budget ran out");
    }
    return FailureLines.violation(result);
  }

  /** With the detail that pages show. */
  static CheckResult check(List<HistoryEntry> history) {
    return Linearizability.check(KV, operations(history), BUDGET);
  }

  /** The verdict and the reason only, as a sweep needs them: no extra search for detail. */
  static CheckResult verdict(List<HistoryEntry> history) {
    return Linearizability.checkWith(KV, operations(history), CheckOptions.within(BUDGET).withoutExplanationSearch());
  }

  /** The history as the checker reads it: ids and clients kept, so pages link to the trace. */
  static List<Operation> operations(List<HistoryEntry> history) {
    return history.stream().map(KvHistoryCheck::operation).toList();
  }

  private static Operation operation(HistoryEntry e) {
    KvInput input = input(e.op(), e.key(), e.value());
    long ret = e.returned() ? e.returnMicros() : Operation.UNKNOWN;
    return new Operation(e.id(), e.client(), input, e.output(), e.callMicros(), ret);
  }

  /** A lab operation as the kv model reads it. */
  static KvInput input(String function, String key, String value) {
    KvOp op = switch (function) {
      case "get" -> KvOp.GET;
      case "put" -> KvOp.PUT;
      case "append" -> KvOp.APPEND;
      default -> throw new IllegalArgumentException("unknown kv operation '" + function + "' in a lab history");
    };
    return new KvInput(op, key, value);
  }
}
