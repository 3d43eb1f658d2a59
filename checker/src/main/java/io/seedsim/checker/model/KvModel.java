package io.seedsim.checker.model;

import io.seedsim.checker.KvInput;
import io.seedsim.checker.KvOp;
import io.seedsim.checker.Model;
import io.seedsim.checker.Operation;
import io.seedsim.checker.Outcome;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The lab's key/value store, one partition per key. The state of a key is its string; a missing
 * key reads as "". get returns the value, put sets it, append concatenates and returns the old
 * value. Inputs are {@link KvInput}; outputs are Strings, null when not observed.
 */
public final class KvModel implements Model<KvModel.Value> {

  /**
   * A key's value, with its hash kept up to date on append, so that the search hashes a state in
   * constant time instead of once over thousands of characters per step. The hash is exactly
   * {@link String#hashCode()}, which is polynomial: hash(a + b) = hash(a) * 31^|b| + hash(b).
   */
  public record Value(String text, int hash) {
    static final Value EMPTY = new Value("", 0);

    static Value of(String text) {
      return new Value(text, text.hashCode());
    }

    Value append(String suffix) {
      int h = hash;
      for (int i = 0; i < suffix.length(); i++) {
        h = 31 * h;
      }
      return new Value(text.concat(suffix), h + suffix.hashCode());
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Value v && v.hash == hash && v.text.equals(text);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  @Override
  public String name() {
    return "kv";
  }

  @Override
  public Value init() {
    return Value.EMPTY;
  }

  @Override
  public Value step(Value state, Object input, Object output) {
    KvInput in = (KvInput) input;
    return switch (in.op()) {
      case GET -> output == null || state.text().equals(output) ? state : null;
      case PUT -> Value.of(in.value());
      case APPEND -> output == null || state.text().equals(output) ? state.append(in.value()) : null;
    };
  }

  @Override
  public int hash(Value state) {
    return state.hash();
  }

  @Override
  public boolean keyed() {
    return true;
  }

  @Override
  public String partitionOf(Object input) {
    return ((KvInput) input).key();
  }

  @Override
  public boolean isReadOnly(Object input) {
    return ((KvInput) input).op() == KvOp.GET;
  }

  /** Only put and append change a value, and append only extends it. */
  @Override
  public boolean reachableWithoutReset(Value state, Object input, Object output) {
    return output == null || ((String) output).startsWith(state.text());
  }

  @Override
  public boolean resets(Object input) {
    return ((KvInput) input).op() == KvOp.PUT;
  }

  /**
   * A value read (by get, or as append's old value) must be built from written values: it starts
   * with a put or append argument and ends with one. A read of anything else is impossible.
   */
  @Override
  public Optional<Impossible> impossible(List<Operation> partition) {
    WrittenValues written = new WrittenValues();
    for (Operation op : partition) {
      KvInput in = (KvInput) op.input();
      if (in.value() != null) written.add(in.value());
    }
    for (Operation op : partition) {
      if (op.output() instanceof String read && !read.isEmpty() && !written.couldBuild(read)) {
        return Optional.of(new Impossible(op.id(), describeOperation(op.input(), read)
            + " read a value that no put or append of key " + Text.quote(((KvInput) op.input()).key())
            + " could have written"));
      }
    }
    return Optional.empty();
  }

  /**
   * The non-empty put values and append arguments of one key, bucketed by length, so that "does
   * this read start (end) with one of them" costs one lookup per distinct length rather than one
   * comparison per written value: histories have thousands of values but few lengths.
   */
  private static final class WrittenValues {
    private final Map<Integer, Set<String>> byLength = new HashMap<>();

    void add(String value) {
      if (!value.isEmpty()) byLength.computeIfAbsent(value.length(), n -> new HashSet<>()).add(value);
    }

    boolean couldBuild(String read) {
      boolean starts = false;
      boolean ends = false;
      for (Map.Entry<Integer, Set<String>> bucket : byLength.entrySet()) {
        int n = bucket.getKey();
        if (n > read.length()) continue;
        starts |= bucket.getValue().contains(read.substring(0, n));
        ends |= bucket.getValue().contains(read.substring(read.length() - n));
        if (starts && ends) return true;
      }
      return false;
    }
  }

  @Override
  public String describeOperation(Object input, Object output) {
    KvInput in = (KvInput) input;
    String call = switch (in.op()) {
      case GET -> "get(" + Text.quote(in.key()) + ")";
      case PUT -> "put(" + Text.quote(in.key()) + ", " + Text.quote(in.value()) + ")";
      case APPEND -> "append(" + Text.quote(in.key()) + ", " + Text.quote(in.value()) + ")";
    };
    if (in.op() == KvOp.PUT) return call;
    return call + " -> " + (output == null ? "?" : Text.quote((String) output));
  }

  @Override
  public String describeState(Value state) {
    return Text.quote(state.text());
  }

  @Override
  public Call decode(String function, String key, Object argument, Object result, Outcome outcome) {
    KvOp op = switch (function.toLowerCase(Locale.ROOT)) {
      case "get" -> KvOp.GET;
      case "put" -> KvOp.PUT;
      case "append" -> KvOp.APPEND;
      default -> throw new IllegalArgumentException(
          "unknown operation '" + function + "' for model kv (expected get, put or append)");
    };
    if (key == null) throw new IllegalArgumentException(op.wireName() + " needs a key");
    if (outcome == Outcome.FAILED) {
      throw new IllegalArgumentException("a failed " + op.wireName() + " has no meaning for model kv");
    }
    // A completed read of nil found the key missing, which reads as "" (not "unobserved": that
    // could hide a violation). The formats pass an unobserved output with Outcome.UNKNOWN.
    String observed = outcome != Outcome.OK ? null : result == null ? "" : Text.kvString(result, "the output");
    return switch (op) {
      case GET -> new Call(KvInput.get(key), observed);
      case PUT -> new Call(KvInput.put(key, Text.kvString(argument, "put's value")), null);
      case APPEND -> new Call(KvInput.append(key, Text.kvString(argument, "append's value")), observed);
    };
  }
}
