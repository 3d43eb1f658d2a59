package io.seedsim.checker.viz;

import io.seedsim.checker.Verdict;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One partition of a history (for key/value models, one key), checked on its own.
 *
 * @param label what the partition is, shown in the partition picker: the key, e.g. {@code "1"}
 * @param verdict the checker's answer for this partition
 * @param operations every operation of this partition, in any order
 * @param steps for {@link Verdict#LINEARIZABLE}: the whole linearization, one step per completed
 *     operation (operations of unknown outcome appear only if the checker placed them); for {@link
 *     Verdict#NOT_LINEARIZABLE}: the longest linearizable prefix the search found; for {@link
 *     Verdict#UNKNOWN}: whatever prefix is known, possibly empty
 * @param unplacedOperationIds for a violation, the operations that could not be placed after
 *     {@code steps} (highlighted in red); empty otherwise
 * @param explanation one sentence for a student saying why, e.g. {@code get("1") returned "x1;" but
 *     every order allowed by real time gives "x1;x2;"}; null when there is nothing to explain
 * @param initialState the model state before any operation, as text (shown as step 0)
 * @param culpritOperationIds for a violation, the fewest operations that cannot all be linearized
 *     (highlighted together); empty when not known
 * @param culprit one sentence naming those operations and why they contradict each other; null
 *     when not known (the page then shows {@code explanation} alone)
 */
public record PartitionView(
    String label,
    Verdict verdict,
    List<OperationView> operations,
    List<LinearizationStep> steps,
    List<Long> unplacedOperationIds,
    String explanation,
    String initialState,
    List<Long> culpritOperationIds,
    String culprit) {

  public PartitionView {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(initialState, "initialState");
    operations = List.copyOf(operations);
    steps = List.copyOf(steps);
    unplacedOperationIds = List.copyOf(unplacedOperationIds);
    culpritOperationIds = List.copyOf(culpritOperationIds);
    requireKnownIds(label, operations, steps, unplacedOperationIds);
    requireKnownIds(label, operations, List.of(), culpritOperationIds);
  }

  /** A linearizable partition with its linearization. */
  public static PartitionView linearizable(
      String label, String initialState, List<OperationView> operations, List<LinearizationStep> order) {
    return new PartitionView(label, Verdict.LINEARIZABLE, operations, order, List.of(), null, initialState, List.of(), null);
  }

  /** A violation: the longest linearizable prefix, what could not be placed after it, and why. */
  public static PartitionView violation(
      String label,
      String initialState,
      List<OperationView> operations,
      List<LinearizationStep> longestPrefix,
      List<Long> unplacedOperationIds,
      String explanation) {
    return new PartitionView(
        label, Verdict.NOT_LINEARIZABLE, operations, longestPrefix, unplacedOperationIds, explanation, initialState,
        List.of(), null);
  }

  /** The same partition with its culprit named. */
  public PartitionView withCulprit(List<Long> operationIds, String sentence) {
    return new PartitionView(label, verdict, operations, steps, unplacedOperationIds, explanation, initialState,
        operationIds, sentence);
  }

  // The adapter that fills this is written apart from the page: a step or highlight naming an
  // operation the page does not have would silently draw nothing, so refuse it here.
  private static void requireKnownIds(
      String label, List<OperationView> operations, List<LinearizationStep> steps, List<Long> unplaced) {
    Set<Long> ids = new HashSet<>();
    for (OperationView op : operations) {
      if (!ids.add(op.id())) {
        throw new IllegalArgumentException("partition " + label + ": operation id " + op.id() + " appears twice");
      }
    }
    for (LinearizationStep step : steps) {
      if (!ids.contains(step.operationId())) {
        throw new IllegalArgumentException("partition " + label + ": step names unknown operation " + step.operationId());
      }
    }
    for (long id : unplaced) {
      if (!ids.contains(id)) {
        throw new IllegalArgumentException("partition " + label + ": unplaced operation " + id + " is not in the partition");
      }
    }
  }
}
