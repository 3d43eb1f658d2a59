package io.seedsim.checker.model;

import io.seedsim.checker.Model;
import io.seedsim.checker.Outcome;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import us.bpsm.edn.Keyword;
import us.bpsm.edn.Symbol;

/**
 * Knossos's multi-register: registers named by keys, all nil at first, changed only by
 * transactions ({@code :txn}) of reads and writes, {@code [:read k v]} and {@code [:write k v]},
 * that take effect at once, in order. A read must see the value the transaction's earlier steps
 * left; a read of nil is always allowed (nil means the value was not observed, as in Knossos).
 *
 * <p>Inputs are {@link Txn}s, whose reads carry no value; the output is the list of values the
 * reads saw, in order (null entries for nil), or null when the outcome is unknown. States are
 * immutable maps from key to value; a key never written is absent.
 */
public final class MultiRegisterModel implements Model<Map<Object, Object>> {

  /** One step of a transaction: a read (value in the output) or a write of {@code value}. */
  public record Micro(boolean read, Object key, Object value) {}

  /** A transaction: its steps in order. */
  public record Txn(List<Micro> steps) {
    public Txn {
      steps = List.copyOf(steps);
    }

    boolean readOnly() {
      return steps.stream().allMatch(Micro::read);
    }
  }

  @Override
  public String name() {
    return "multi-register";
  }

  @Override
  public Map<Object, Object> init() {
    return Map.of();
  }

  @Override
  public Map<Object, Object> step(Map<Object, Object> state, Object input, Object output) {
    List<?> seen = (List<?>) output;
    Map<Object, Object> next = null;
    int read = 0;
    for (Micro m : ((Txn) input).steps()) {
      Map<Object, Object> current = next == null ? state : next;
      if (m.read()) {
        Object expected = seen == null ? null : seen.get(read++);
        if (expected != null && !expected.equals(current.getOrDefault(m.key(), Nil.NIL))) return null;
      } else {
        if (next == null) next = new HashMap<>(state);
        next.put(m.key(), m.value());
      }
    }
    return next == null ? state : Map.copyOf(next);
  }

  @Override
  public boolean isReadOnly(Object input) {
    return ((Txn) input).readOnly();
  }

  @Override
  public String describeOperation(Object input, Object output) {
    List<?> seen = (List<?>) output;
    List<String> steps = new ArrayList<>();
    int read = 0;
    for (Micro m : ((Txn) input).steps()) {
      if (m.read()) {
        Object value = seen == null ? null : seen.get(read++);
        steps.add("read " + Text.describeValue(m.key()) + " -> " + (value == null ? "?" : Text.describeValue(value)));
      } else {
        steps.add("write " + Text.describeValue(m.key()) + " " + Text.describeValue(m.value()));
      }
    }
    return "txn(" + String.join(", ", steps) + ")";
  }

  @Override
  public String describeState(Map<Object, Object> state) {
    return state.entrySet().stream()
        .map(e -> Text.describeValue(e.getKey()) + " " + Text.describeValue(e.getValue()))
        .sorted()
        .collect(Collectors.joining(", ", "{", "}"));
  }

  @Override
  public Call decode(String function, String key, Object argument, Object result, Outcome outcome) {
    if (!CallShape.function(name(), function, key, outcome).equals("txn")) {
      throw CallShape.unknown(name(), function, "txn");
    }
    if (argument == null) throw new IllegalArgumentException("a txn needs its steps, e.g. [[:read :x nil] [:write :y 1]]");
    List<Micro> invoked = steps(argument);
    if (outcome != Outcome.OK || result == null) return new Call(new Txn(invoked), null);
    List<Micro> completed = steps(result);
    if (completed.size() != invoked.size()) {
      throw new IllegalArgumentException("the txn completed with " + completed.size() + " steps but was invoked with "
          + invoked.size());
    }
    List<Micro> steps = new ArrayList<>();
    List<Object> seen = new ArrayList<>();
    for (int i = 0; i < completed.size(); i++) {
      Micro done = completed.get(i);
      Micro asked = invoked.get(i);
      if (done.read() != asked.read() || !done.key().equals(asked.key())) {
        throw new IllegalArgumentException("step " + (i + 1) + " of the txn completed as "
            + describe(done) + " but was invoked as " + describe(asked));
      }
      steps.add(done.read() ? new Micro(true, done.key(), null) : done);
      if (done.read()) seen.add(done.value());
    }
    return new Call(new Txn(steps), java.util.Collections.unmodifiableList(seen));
  }

  private static List<Micro> steps(Object value) {
    if (!(value instanceof List<?> steps)) {
      throw new IllegalArgumentException("a txn's value must be a list of [f k v] steps, not " + Text.describeValue(value));
    }
    List<Micro> micros = new ArrayList<>(steps.size());
    for (Object step : steps) {
      if (!(step instanceof List<?> fkv) || fkv.size() != 3) {
        throw new IllegalArgumentException("a txn step must be [:read k v] or [:write k v], not " + Text.describeValue(step));
      }
      String f = name(fkv.get(0));
      Object key = Text.registerValue(fkv.get(1));
      switch (f) {
        case "read" -> micros.add(new Micro(true, key, fkv.get(2) == null ? null : Text.registerValue(fkv.get(2))));
        case "write" -> micros.add(new Micro(false, key, Text.registerValue(fkv.get(2))));
        default -> throw new IllegalArgumentException("a txn step is a read or a write, not " + Text.describeValue(step));
      }
    }
    return micros;
  }

  private static String name(Object f) {
    if (f instanceof Keyword k) return k.getName();
    if (f instanceof Symbol s) return s.getName();
    if (f instanceof String s) return s;
    return String.valueOf(f);
  }

  private static String describe(Micro m) {
    return (m.read() ? "read " : "write ") + Text.describeValue(m.key());
  }
}
