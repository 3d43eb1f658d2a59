package io.seedsim.checker.viz;

import java.util.Objects;

/**
 * One step of a linearization: the operation placed next and the model's state after it.
 *
 * @param operationId the {@link OperationView#id()} of the operation
 * @param stateAfter the model state once the operation took effect, as text (for the lab's kv
 *     model, the key's value such as {@code "x1;x2;"})
 */
public record LinearizationStep(long operationId, String stateAfter) {
  public LinearizationStep {
    Objects.requireNonNull(stateAfter, "stateAfter");
  }
}
