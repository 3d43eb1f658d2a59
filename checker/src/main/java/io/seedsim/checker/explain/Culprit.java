package io.seedsim.checker.explain;

import java.util.List;

/**
 * A small set of a partition's operations that cannot all be linearized, and a sentence saying why.
 *
 * @param operationIds the operations, in call order; every value any of them read was written by
 *     one of them, so the contradiction is real and not an artifact of leaving writers out
 * @param sentence one sentence for a student, naming the operations, e.g. {@code get("0") by
 *     client 1 returned the value after append "a1.6;", but append "a1.9;" by the same client
 *     returned before this get was called}
 * @param minimal true when no single operation can be left out (the search finished within its
 *     budget); false when the budget ran out first and a smaller set may exist
 */
public record Culprit(List<Integer> operationIds, String sentence, boolean minimal) {
  public Culprit {
    operationIds = List.copyOf(operationIds);
  }
}
