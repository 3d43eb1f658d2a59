package io.seedsim.checker.model;

/**
 * An operation on a register, or on one key of a register map (Maelstrom's lin-kv). The key is
 * null for a single register. Values are Longs for integers, {@link Nil#NIL} for nil, or any other
 * value the history holds (compared with equals).
 *
 * <p>Outputs: a read's output is the value read ({@code Nil.NIL} for nil); a cas's output is
 * {@code Boolean.TRUE} (it applied) or {@code Boolean.FALSE} (the comparison failed); a write has
 * none. Null means not observed.
 */
public sealed interface RegisterOp {
  String key();

  record Read(String key) implements RegisterOp {}

  record Write(String key, Object value) implements RegisterOp {}

  record Cas(String key, Object from, Object to) implements RegisterOp {}
}
