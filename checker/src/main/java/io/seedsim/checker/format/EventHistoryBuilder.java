package io.seedsim.checker.format;

import io.seedsim.checker.HistoryFormatException;
import io.seedsim.checker.HistoryReadTimeoutException;
import io.seedsim.checker.Model;
import io.seedsim.checker.Operation;
import io.seedsim.checker.Outcome;
import io.seedsim.checker.search.Deadline;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import us.bpsm.edn.Keyword;
import us.bpsm.edn.Symbol;

/**
 * Pairs the events of a Jepsen-style history (an invoke, later a completion from the same
 * process) into operations. Time is the event's position in the file, which is real-time order.
 * An invoke still open at the end of the history has an unknown outcome.
 *
 * <p>Operations are decoded by the model only in {@link #build}, once the whole file is known:
 * key names depend on all the keys of the file (see {@link KeyNames}), client numbers on all the
 * processes, and a reader may read completions by a file-wide convention (see {@link Reading}).
 */
final class EventHistoryBuilder {
  /** What {@link Reading#result} returns for a completion whose value says nothing. */
  static final Object NOT_OBSERVED = new Object();

  /** How a completed call's value becomes the result a model decodes. */
  interface Reading {
    /** The result, or {@link #NOT_OBSERVED}. {@code argument} is the invocation's. */
    Object result(String function, Object argument, Object value);
  }

  /** Calls decoded between two looks at the clock. */
  private static final int CALLS_PER_CLOCK_READ = 1024;

  private final String file;
  private final Model<?> model;
  private final Map<Object, Invocation> open = new HashMap<>();
  private final List<Invocation> calls = new ArrayList<>();
  private final KeyNames keys = new KeyNames();
  private long time;

  EventHistoryBuilder(String file, Model<?> model) {
    this.file = file;
    this.model = model;
  }

  /**
   * The process of an event as the builder pairs by it: integers, strings, keywords and symbols
   * are processes; {@code 0} and {@code "0"} are two processes.
   */
  Object process(int line, Object process) throws HistoryFormatException {
    if (process instanceof Long || process instanceof String || process instanceof Keyword || process instanceof Symbol) {
      return process;
    }
    if (process instanceof BigInteger big) return ExactNumbers.integer(big);
    throw error(line, process == null ? "missing :process" : "the :process " + Excerpt.of(process)
        + " is not a number, string or keyword");
  }

  /** A client called {@code function}; {@code key} is null when the event has none. */
  void invoke(int line, Object process, String function, Object key, Object argument) throws HistoryFormatException {
    Invocation already = open.get(process);
    if (already != null) {
      throw error(line, "process " + Excerpt.of(process) + " invokes " + function + " while its " + already.function
          + " from line " + already.line + " has not completed");
    }
    Object accepted = null;
    if (key != null) {
      try {
        accepted = KeyNames.accept(key);
      } catch (IllegalArgumentException e) {
        throw error(line, e.getMessage());
      }
      keys.add(accepted);
    }
    Invocation call = new Invocation(line, process, function, accepted, argument, time++);
    open.put(process, call);
    calls.add(call);
  }

  /** The process's open call completed with {@code value}; for an unknown outcome the value is ignored. */
  void complete(int line, Object process, String function, Object value, Outcome outcome) throws HistoryFormatException {
    Invocation call = close(line, process, function);
    call.completionLine = line;
    call.value = value;
    call.outcome = outcome;
    call.ret = outcome == Outcome.UNKNOWN ? Operation.UNKNOWN : time;
    time++;
  }

  /** The process's open call definitely had no effect: it leaves the history. */
  void discard(int line, Object process, String function) throws HistoryFormatException {
    close(line, process, function).discarded = true;
    time++;
  }

  /** The argument of the process's open call, or null. */
  Object openArgument(Object process) {
    Invocation call = open.get(process);
    return call == null ? null : call.argument;
  }

  /** The number of calls so far, discarded ones included. */
  int callCount() {
    return calls.size();
  }

  /** The operations, ids 0, 1, ... in call order. */
  List<Operation> build(Reading reading, Deadline deadline) throws HistoryFormatException, HistoryReadTimeoutException {
    Map<Object, Integer> clients = clientNumbers();
    List<Operation> ops = new ArrayList<>(calls.size());
    int decoded = 0;
    for (Invocation call : calls) {
      if (call.discarded) continue;
      if (++decoded % CALLS_PER_CLOCK_READ == 0 && deadline.passed()) {
        throw new HistoryReadTimeoutException(file, call.line);
      }
      String key = call.key == null ? null : keys.name(call.key);
      Object result = null;
      Outcome outcome = call.outcome;
      if (outcome == Outcome.OK || outcome == Outcome.FAILED) {
        result = reading.result(call.function, call.argument, call.value);
        if (result == NOT_OBSERVED) {
          result = null;
          outcome = Outcome.UNKNOWN;
        }
      }
      Model.Call c = decode(call, key, result, outcome);
      ops.add(new Operation(ops.size(), clients.get(call.process), c.input(), c.output(), call.time, call.ret));
    }
    return ops;
  }

  HistoryFormatException error(int line, String problem) {
    return new HistoryFormatException(file, line, problem);
  }

  /**
   * Integer processes (and strings of digits) keep their number; any other process, and the
   * second of two processes with one number ({@code 0} and {@code "0"}), gets a number above all
   * of them, in order of first appearance.
   */
  private Map<Object, Integer> clientNumbers() {
    Map<Object, Integer> numbers = new HashMap<>();
    Set<Integer> taken = new HashSet<>();
    long highest = -1;
    for (Invocation call : calls) {
      Integer n = number(call.process);
      if (n != null) highest = Math.max(highest, n);
    }
    int next = (int) Math.min(Integer.MAX_VALUE, highest + 1);
    for (Invocation call : calls) {
      if (numbers.containsKey(call.process)) continue;
      Integer n = number(call.process);
      if (n == null || !taken.add(n)) {
        while (!taken.add(next)) next++;
        n = next;
      }
      numbers.put(call.process, n);
    }
    return numbers;
  }

  private static Integer number(Object process) {
    if (process instanceof Long p && p >= 0 && p <= Integer.MAX_VALUE) return (int) (long) p;
    if (process instanceof String s && !s.isEmpty() && s.length() <= 9 && s.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(s);
    }
    return null;
  }

  private Invocation close(int line, Object process, String function) throws HistoryFormatException {
    Invocation call = open.remove(process);
    if (call == null) {
      throw error(line, "a completion of " + function + " by process " + Excerpt.of(process) + " without an invoke");
    }
    if (!Objects.equals(call.function, function)) {
      throw error(line, "process " + Excerpt.of(process) + " completes " + function + " but invoked " + call.function
          + " on line " + call.line);
    }
    return call;
  }

  /** Decodes one call; a problem is reported on the invoke's line, or the completion's if it is there. */
  private Model.Call decode(Invocation call, String key, Object result, Outcome outcome) throws HistoryFormatException {
    try {
      return model.decode(call.function, key, call.argument, result, outcome);
    } catch (IllegalArgumentException | ClassCastException e) {
      int line = call.line;
      if (call.completionLine > 0) {
        try {
          model.decode(call.function, key, call.argument, null, Outcome.UNKNOWN);
          line = call.completionLine;
        } catch (IllegalArgumentException | ClassCastException invocationToo) {
          // the invocation alone is wrong: report its line
        }
      }
      throw error(line, e.getMessage());
    }
  }

  private static final class Invocation {
    final int line;
    final Object process;
    final String function;
    final Object key;
    final Object argument;
    final long time;
    long ret = Operation.UNKNOWN;
    Outcome outcome = Outcome.UNKNOWN;
    Object value;
    int completionLine;
    boolean discarded;

    Invocation(int line, Object process, String function, Object key, Object argument, long time) {
      this.line = line;
      this.process = process;
      this.function = function;
      this.key = key;
      this.argument = argument;
      this.time = time;
    }
  }
}
