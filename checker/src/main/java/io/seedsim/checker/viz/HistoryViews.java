package io.seedsim.checker.viz;

import io.seedsim.checker.CheckResult;
import io.seedsim.checker.Model;
import io.seedsim.checker.Operation;
import io.seedsim.checker.PartitionResult;
import io.seedsim.checker.Step;
import io.seedsim.checker.Verdict;
import io.seedsim.checker.explain.CulpritSearch;
import java.util.List;

/** Turns the checker's answer into what the history page draws. */
public final class HistoryViews {
  private HistoryViews() {}



  /**
   * @param timeUnit {@link HistoryView#MICROSECONDS} for simulated runs, "" for imported histories
   */
  public static HistoryView of(String title, Model<?> model, CheckResult result, String timeUnit) {
    result = settled(result);
    long origin = result.partitions().stream()
        .flatMap(p -> p.operations().stream())
        .mapToLong(Operation::call)
        .min()
        .orElse(0);
    // Imported histories may use wall-clock nanoseconds; the page's numbers are doubles, so
    // times are drawn relative to the first call. Simulated runs start at 0 and keep theirs.
    long shift = timeUnit.equals(HistoryView.MICROSECONDS) ? 0 : origin;
    List<PartitionView> partitions =
        result.partitions().stream().map(p -> partition(model, p, shift)).toList();
    return new HistoryView(title, model.name(), result.verdict(), timeUnit, partitions);
  }

  private static PartitionView partition(Model<?> model, PartitionResult p, long shift) {
    List<OperationView> ops = p.operations().stream().map(op -> operation(model, op, shift)).toList();
    boolean linearizable = p.verdict() == Verdict.LINEARIZABLE;
    List<Step> steps = linearizable ? p.linearization() : p.longestPrefix();
    List<LinearizationStep> shown =
        steps.stream().map(s -> new LinearizationStep(s.operationId(), s.stateAfter())).toList();
    List<Long> unplaced = p.unplaceableIds().stream().map(Integer::longValue).toList();
    String explanation = linearizable ? null : p.explanation();
    PartitionView view = new PartitionView(
        p.partition(), p.verdict(), ops, shown, unplaced, explanation, p.initialState(), List.of(), null);
    if (p.verdict() != Verdict.NOT_LINEARIZABLE) return view;
    return CulpritSearch.find(model, p.operations())
        .map(c -> view.withCulprit(c.operationIds().stream().map(Integer::longValue).toList(),
            c.minimal() ? c.sentence() : c.sentence() + " (A smaller set may exist: the search stopped at its budget.)"))
        .orElse(view);
  }

  /**
   * Once one partition is found not linearizable the check stops the others, and how far each got
   * by then depends on timing. The page shows such a partition as not checked, without the partial
   * order, so the same input gives the same page.
   */
  private static CheckResult settled(CheckResult result) {
    if (result.verdict() != Verdict.NOT_LINEARIZABLE) return result;
    String found = result.partitions().stream().filter(p -> p.verdict() == Verdict.NOT_LINEARIZABLE)
        .map(PartitionResult::partition).findFirst().orElse("?");
    List<PartitionResult> partitions = result.partitions().stream()
        .map(p -> p.verdict() != Verdict.UNKNOWN ? p
            : new PartitionResult(p.partition(), Verdict.UNKNOWN, p.operations(), p.initialState(), List.of(), List.of(),
                List.of(), "Not checked: the check stopped once partition " + found + " was found not linearizable."))
        .toList();
    return new CheckResult(result.verdict(), partitions, result.checkNanos());
  }

  private static final String ARROW = " -> ";

  private static String callPart(String described) {
    int arrow = described.lastIndexOf(ARROW);
    return arrow < 0 ? described : described.substring(0, arrow);
  }

  private static OperationView operation(Model<?> model, Operation op, long shift) {
    // The model describes "call -> output"; the page shows the two apart. The call is found in
    // the description without the output, which is short: an output may be a long value, and may
    // itself hold " -> ".
    String described = model.describeOperation(op.input(), op.output());
    String call = op.output() == null ? described : callPart(model.describeOperation(op.input(), null));
    boolean split = described.startsWith(call + ARROW);
    String input = split ? call : callPart(described);
    String output = op.output() == null ? null
        : split ? described.substring(call.length() + ARROW.length())
        : input.length() == described.length() ? "" : described.substring(input.length() + ARROW.length());
    Long ret = op.hasReturn() ? op.ret() - shift : null;
    String client = "client " + op.client();
    return new OperationView(op.id(), client, input, output, op.call() - shift, ret);
  }
}
