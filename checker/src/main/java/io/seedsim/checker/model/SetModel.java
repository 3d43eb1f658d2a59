package io.seedsim.checker.model;

import io.seedsim.checker.Model;
import io.seedsim.checker.Outcome;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Knossos's set: empty at first; add puts a value in, read returns the whole set, which must equal
 * the set's contents exactly. Inputs are {@link SetOp}s; a read's output is a {@code Set} of
 * values (null when not observed); states are {@link Contents}.
 */
public final class SetModel implements Model<SetModel.Contents> {

  /** The two operations: add a value, or read the whole set. */
  public sealed interface SetOp {
    record Add(Object value) implements SetOp {}

    record Read() implements SetOp {}
  }

  /** The set's values, with their hash kept (the sum of the values' hashes, as for any Set). */
  public record Contents(Set<Object> values, int hash) {
    static final Contents EMPTY = new Contents(Set.of(), 0);

    Contents with(Object value) {
      if (values.contains(value)) return this;
      Set<Object> more = new HashSet<>(values);
      more.add(value);
      return new Contents(Collections.unmodifiableSet(more), hash + value.hashCode());
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Contents c && c.hash == hash && c.values.equals(values);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  @Override
  public String name() {
    return "set";
  }

  @Override
  public Contents init() {
    return Contents.EMPTY;
  }

  @Override
  public Contents step(Contents state, Object input, Object output) {
    if (input instanceof SetOp.Add add) return state.with(add.value());
    return output == null || state.values().equals(output) ? state : null;
  }

  @Override
  public boolean isReadOnly(Object input) {
    return input instanceof SetOp.Read;
  }

  @Override
  public String describeOperation(Object input, Object output) {
    if (input instanceof SetOp.Add add) return "add(" + Text.describeValue(add.value()) + ")";
    return "read() -> " + (output == null ? "?" : describeValues((Set<?>) output));
  }

  @Override
  public String describeState(Contents state) {
    return describeValues(state.values());
  }

  /** #{...} with the values in the order of their descriptions, so that a set always reads the same. */
  static String describeValues(Set<?> values) {
    return values.stream().map(Text::describeValue).sorted().collect(Collectors.joining(" ", "#{", "}"));
  }

  @Override
  public Call decode(String function, String key, Object argument, Object result, Outcome outcome) {
    return switch (CallShape.function(name(), function, key, outcome)) {
      case "add" -> new Call(new SetOp.Add(Text.registerValue(argument)), null);
      case "read" -> new Call(new SetOp.Read(),
          outcome == Outcome.OK && result != null ? Set.copyOf(CallShape.values(result, "a set's read")) : null);
      default -> throw CallShape.unknown(name(), function, "add or read");
    };
  }
}
