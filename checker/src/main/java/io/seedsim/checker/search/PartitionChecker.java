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
   * A partition's first round: this many configurations, plus four per operation (an easy
   * partition needs about one per operation). Each round doubles it. Counts, not times, so that
   * what is reported depends on the history alone.
   */
  private static final int FIRST_ROUND_CONFIGURATIONS = 1 << 10;

  /**
   * The model's cheap argument runs only when the search fails, or has entered this many
   * configurations (plus four per operation) without a verdict: most histories are linearizable
   * and never pay for it, and hard ones do not wait for the whole budget.
   */
  private static final int CHEAP_ARGUMENT_AFTER_CONFIGURATIONS = 1 << 16;

  /** How long the cheap argument may take once the search has spent the budget. */
  private static final Duration CHEAP_ARGUMENT_GRACE = Duration.ofMillis(100);

  private final Model<S> model;
  private final MemoryBudget memory = MemoryBudget.sharedByEveryCheck();

  public PartitionChecker(Model<S> model) {
    this.model = model;
  }

  /** Checks one partition to the end, with the detail search after a cheap argument. */
  public PartitionResult check(String label, List<Operation> operations, Deadline deadline) {
    return check(label, operations, deadline, true);
  }

  public PartitionResult check(String label, List<Operation> operations, Deadline deadline, boolean explain) {
    Progress progress = start(label, operations, deadline, explain);
    for (int round = 0; !progress.advance(round); round++) {
      // each round doubles the configurations the search may enter
    }
    return progress.result();
  }

  /**
   * A check of one partition that runs in rounds (see {@link Progress#advance}), so that a check
   * of many partitions can stop at the first round in which one fails. The partitions of one
   * checker share its memory budget.
   *
   * @param explain see {@link io.seedsim.checker.CheckOptions#explain}
   */
  public Progress start(String label, List<Operation> operations, Deadline deadline, boolean explain) {
    return new Progress(label, operations, deadline, explain);
  }

  /** One partition's check, advanced round by round; not thread-safe. */
  public final class Progress {
    private final String label;
    private final List<Operation> operations;
    private final Deadline deadline;
    private final boolean explain;
    private List<Operation> constraining;
    private MemoryBudget budget;
    private WglSearch<S> search;
    private WglSearch.Outcome<S> found;
    private Optional<Impossible> impossible = Optional.empty();
    private boolean argued;
    private PartitionResult result;

    private Progress(String label, List<Operation> operations, Deadline deadline, boolean explain) {
      this.label = label;
      this.operations = operations;
      this.deadline = deadline;
      this.explain = explain;
    }

    /**
     * Runs round {@code round}: until the search has entered (first round's count) * 2^round
     * configurations, or is done. Returns true when the partition is done.
     */
    public boolean advance(int round) {
      if (result != null) return true;
      if (search == null) {
        begin();
        if (found != null) return settle();
      }
      long perOperation = 4L * constraining.size();
      int limit = (int) Math.min(Integer.MAX_VALUE, (FIRST_ROUND_CONFIGURATIONS + perOperation) << Math.min(round, 40));
      int argueAt = (int) Math.min(Integer.MAX_VALUE, CHEAP_ARGUMENT_AFTER_CONFIGURATIONS + perOperation);
      found = search.run(argued ? limit : Math.min(limit, argueAt), deadline);
      if (found.stop() == WglSearch.Stop.PAUSED) {
        if (argued || found.configurations() < argueAt) return false;
        argued = true;
        impossible = model.impossible(constraining, deadline);
        if (impossible.isEmpty()) return advanceTo(limit);
        if (explain && !deadline.passed()) {
          found = search.run(Integer.MAX_VALUE, deadline.within(CheckOptions.EXPLAIN_BUDGET));
        }
      }
      return settle();
    }

    /** Goes on to this round's limit once the cheap argument found nothing. */
    private boolean advanceTo(int limit) {
      found = search.run(limit, deadline);
      return found.stop() != WglSearch.Stop.PAUSED && settle();
    }

    private boolean settle() {
      boolean failed = found.verdict() == Verdict.NOT_LINEARIZABLE || found.verdict() == Verdict.UNKNOWN;
      if (failed && !argued) {
        // Past the budget, the argument still gets a moment: it may turn an unknown into a verdict.
        impossible = model.impossible(constraining, deadline.passed() ? Deadline.after(CHEAP_ARGUMENT_GRACE) : deadline);
      }
      finish(describe(found));
      return true;
    }

    /** The result, once {@link #advance} said done. */
    public PartitionResult result() {
      if (result == null) throw new IllegalStateException("partition " + label + " is not done");
      return result;
    }

    /** Gives up on an unfinished partition, saying why (e.g. another partition settled the verdict). */
    public PartitionResult stop(String why) {
      if (result == null) {
        int linearized = found == null ? 0 : found.order().length;
        int total = constraining == null ? operations.size() : constraining.size();
        finish(new PartitionResult(label, Verdict.UNKNOWN, operations, init(), List.of(), List.of(), List.of(),
            why + "; the longest linearizable prefix found so far has " + linearized + " of " + total + " operations"));
      }
      return result;
    }

    private void begin() {
      constraining = new ArrayList<>(operations.size());
      for (Operation op : operations) {
        boolean unobservedRead = op.output() == null && model.isReadOnly(op.input());
        if (!unobservedRead) constraining.add(op);
      }
      // Operations that never overlap have one order: no search (and no memo) needed to accept it.
      found = SequentialPartition.linearize(model, constraining, deadline);
      if (found != null) return;
      budget = memory.sibling();
      search = new WglSearch<>(model, constraining, deadline, budget);
    }

    /** The check ended without this partition's result (an error): its memory goes back to the pool. */
    public void abandon() {
      if (result == null && budget != null) budget.release();
    }

    private void finish(PartitionResult done) {
      result = done;
      search = null;
      if (budget != null) budget.release();
    }

    private PartitionResult describe(WglSearch.Outcome<S> found) {
      String init = init();
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
                (found.memoryBudgetSpent() ? PartitionResult.MEMORY_BUDGET_SPENT
                    : "the time budget ran out") + " after " + found.configurations() + " configurations; the longest"
                    + " linearizable prefix found so far has " + found.order().length + " of "
                    + constraining.size() + " operations");
      };
    }

    private String init() {
      return model.describeState(model.init());
    }
  }

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
