package io.seedsim.checker;

import java.util.Collections;
import java.util.List;

/**
 * The answer for one partition of a history (one key, or "all" for an unpartitioned model).
 *
 * @param partition the partition's label: the key, or {@code "all"}
 * @param operations the operations of this partition, in call order
 * @param initialState the model's initial state, described
 * @param linearization when linearizable, an order in which the operations took effect
 * @param longestPrefix when not linearizable (or unknown), the longest linearizable prefix found
 * @param unplaceable when not linearizable, the operations that could come next after that prefix
 *     and do not fit there
 * @param explanation one sentence saying what went wrong; empty when linearizable
 */
public record PartitionResult(
    String partition,
    Verdict verdict,
    List<Operation> operations,
    String initialState,
    List<Step> linearization,
    List<Step> longestPrefix,
    List<Unplaceable> unplaceable,
    String explanation) {

  /** How the explanation of a partition left unknown by the memory budget starts. */
  public static final String MEMORY_BUDGET_SPENT = "the memory budget (half of the heap) ran out";

  public PartitionResult {
    operations = List.copyOf(operations);
    // Not copied: the checker hands over read-only lists whose steps are described on demand.
    linearization = Collections.unmodifiableList(linearization);
    longestPrefix = Collections.unmodifiableList(longestPrefix);
    unplaceable = List.copyOf(unplaceable);
  }

  /** The ids of the operations that could not be placed after the longest prefix. */
  public List<Integer> unplaceableIds() {
    return unplaceable.stream().map(Unplaceable::operationId).toList();
  }
}
