package io.seedsim.checker.search;

import io.seedsim.checker.CheckOptions;
import io.seedsim.checker.Model;
import io.seedsim.checker.Model.Impossible;
import io.seedsim.checker.Operation;
import io.seedsim.checker.PartitionResult;
import io.seedsim.checker.Step;
import io.seedsim.checker.Unplaceable;
import io.seedsim.checker.Verdict;
import java.time.Duration;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks one partition: drops operations that constrain nothing, runs the search, tries the
 * model's cheap argument when the search fails or takes long, and puts the findings into words.
 */
public final class PartitionChecker<S> {
  /**
   * The search runs first, and the model's cheap argument only when the search fails or has
   * entered this many configurations (plus four per operation) without a verdict: most histories
   * are linearizable and never pay for the argument, and hard ones do not wait for the whole
   * budget. A count, not a time, so that which explanation wins depends on the history alone.
   */
  private static final int CHEAP_ARGUMENT_AFTER_CONFIGURATIONS = 1 << 16;

  /** How long the cheap argument may take once the search has spent the budget. */
  private static final Duration CHEAP_ARGUMENT_GRACE = Duration.ofMillis(100);

  private final Model<S> model;

  public PartitionChecker(Model<S> model) {
    this.model = model;
  }

  /** With the detail search after a cheap argument (see {@link io.seedsim.checker.CheckOptions#explain}). */
  public PartitionResult check(String label, List<Operation> operations, Deadline deadline) {
    return check(label, operations, deadline, true);
  }

  public PartitionResult check(String label, List<Operation> operations, Deadline deadline, boolean explain) {
    String init = model.describeState(model.init());
    if (deadline.cancelled()) {
      return new PartitionResult(label, Verdict.UNKNOWN, operations, init, List.of(), List.of(), List.of(),
          "not checked: " + SETTLED);
    }
    List<Operation> constraining = new ArrayList<>(operations.size());
    for (Operation op : operations) {
      boolean unobservedRead = op.output() == null && model.isReadOnly(op.input());
      if (!unobservedRead) constraining.add(op);
    }
    WglSearch<S> search = new WglSearch<>(model, constraining, deadline);
    int probeAt = (int) Math.min(Integer.MAX_VALUE, CHEAP_ARGUMENT_AFTER_CONFIGURATIONS + 4L * constraining.size());
    WglSearch.Outcome<S> found = search.run(probeAt, deadline);
    Optional<Impossible> impossible = Optional.empty();
    boolean argued = false;
    if (found.stop() == WglSearch.Stop.PAUSED) {
      impossible = model.impossible(constraining, deadline);
      argued = true;
      if (impossible.isEmpty()) {
        found = search.run(Integer.MAX_VALUE, deadline);
      } else if (explain && !deadline.passed()) {
        found = search.run(Integer.MAX_VALUE, deadline.within(CheckOptions.EXPLAIN_BUDGET));
      }
    }
    boolean failed = found.verdict() == Verdict.NOT_LINEARIZABLE
        || found.verdict() == Verdict.UNKNOWN && !deadline.cancelled();
    if (failed && !argued) {
      // Past the budget, the argument still gets a moment: it may turn an unknown into a verdict.
      impossible = model.impossible(constraining, deadline.passed() ? Deadline.after(CHEAP_ARGUMENT_GRACE) : deadline);
    }
    Findings<S> findings = new Findings<>(model, constraining, found);
    return switch (found.verdict()) {
      case LINEARIZABLE -> new PartitionResult(
          label, Verdict.LINEARIZABLE, operations, init, findings.steps(), List.of(), List.of(), "");
      case NOT_LINEARIZABLE -> new PartitionResult(
          label, Verdict.NOT_LINEARIZABLE, operations, init, List.of(), findings.steps(), findings.unplaceable(),
          impossible.map(Impossible::explanation).orElseGet(findings::explanation));
      case UNKNOWN -> impossible.isPresent()
          ? new PartitionResult(label, Verdict.NOT_LINEARIZABLE, operations, init, List.of(), findings.steps(),
              List.of(findings.describe(impossible.get().operationId())), impossible.get().explanation())
          : new PartitionResult(label, Verdict.UNKNOWN, operations, init, List.of(), findings.steps(), List.of(),
              (deadline.cancelled() ? "not finished: " + SETTLED
                  : found.memoryBudgetSpent() ? "the memory budget (a quarter of the heap) ran out"
                  : "the time budget ran out") + " after " + found.configurations() + " configurations; the longest"
                  + " linearizable prefix found so far has " + found.order().length + " of "
                  + constraining.size() + " operations");
    };
  }

  private static final String SETTLED = "an earlier partition is not linearizable, which settles the verdict";

  /** The search's outcome in the terms of a result: steps, unplaceable operations, words. */
  private record Findings<S>(Model<S> model, List<Operation> operations, WglSearch.Outcome<S> found) {

    /**
     * The steps, each described only when read: describing every state of a long linearizable
     * history (values of thousands of characters) costs more than finding the linearization, and
     * most callers only want the verdict.
     */
    List<Step> steps() {
      int[] order = found.order();
      List<S> states = found.statesAfter();
      return new AbstractList<>() {
        @Override
        public Step get(int i) {
          return new Step(operations.get(order[i]).id(), model.describeState(states.get(i)));
        }

        @Override
        public int size() {
          return order.length;
        }
      };
    }

    S stateAfterPrefix() {
      List<S> states = found.statesAfter();
      return states.isEmpty() ? model.init() : states.get(states.size() - 1);
    }

    /** The operations that could come next after the prefix: called before the first pending return. */
    List<Unplaceable> unplaceable() {
      boolean[] placed = new boolean[operations.size()];
      for (int index : found.order()) placed[index] = true;
      long firstReturn = Operation.UNKNOWN;
      for (int i = 0; i < operations.size(); i++) {
        if (!placed[i]) firstReturn = Math.min(firstReturn, operations.get(i).ret());
      }
      List<Unplaceable> next = new ArrayList<>();
      for (int i = 0; i < operations.size(); i++) {
        Operation op = operations.get(i);
        if (!placed[i] && op.call() <= firstReturn) next.add(describe(op));
      }
      return next;
    }

    Unplaceable describe(int operationId) {
      return operations.stream().filter(op -> op.id() == operationId).findFirst()
          .map(this::describe)
          .orElseThrow();
    }

    Unplaceable describe(Operation op) {
      S state = stateAfterPrefix();
      S next = model.step(state, op.input(), op.output());
      String reason = next == null
          ? "not allowed in state " + model.describeState(state)
          : "allowed in state " + model.describeState(state) + " (giving " + model.describeState(next)
              + "), but then the operations that must follow do not fit";
      return new Unplaceable(op.id(), model.describeOperation(op.input(), op.output()), reason);
    }

    /** One sentence about the operation that had to take effect next and could not. */
    String explanation() {
      Operation blocking = null;
      boolean[] placed = new boolean[operations.size()];
      for (int index : found.order()) placed[index] = true;
      for (int i = 0; i < operations.size(); i++) {
        Operation op = operations.get(i);
        if (!placed[i] && (blocking == null || op.ret() < blocking.ret())) blocking = op;
      }
      S state = stateAfterPrefix();
      String prefix = "the longest linearizable prefix (" + found.order().length + " of " + operations.size()
          + " operations) leaves the state " + model.describeState(state);
      String op = model.describeOperation(blocking.input(), blocking.output());
      if (model.step(state, blocking.input(), blocking.output()) == null) {
        return op + " (client " + blocking.client() + ") cannot take effect: " + prefix
            + ", and no other order allowed by real time makes it fit";
      }
      return op + " (client " + blocking.client() + ") cannot take effect: it fits after " + prefix
          + ", but then the operations that must follow it do not";
    }
  }
}
