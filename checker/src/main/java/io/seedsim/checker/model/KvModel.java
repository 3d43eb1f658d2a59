package io.seedsim.checker.model;

import io.seedsim.checker.KvInput;
import io.seedsim.checker.KvOp;
import io.seedsim.checker.Model;
import io.seedsim.checker.Operation;
import io.seedsim.checker.Outcome;
import io.seedsim.checker.search.Deadline;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The lab's key/value store, one partition per key. The state of a key is its string; a missing
 * key reads as "". get returns the value, put sets it, append concatenates and returns the old
 * value. Inputs are {@link KvInput}; outputs are Strings, null when not observed. States are
 * {@link KvValue} append chains, so that an append does not copy the value it extends.
 */
public final class KvModel implements Model<KvValue> {

  @Override
  public String name() {
    return "kv";
  }

  @Override
  public KvValue init() {
    return KvValue.EMPTY;
  }

  @Override
  public KvValue step(KvValue state, Object input, Object output) {
    KvInput in = (KvInput) input;
    return switch (in.op()) {
      case GET -> output == null || state.contentEquals(output) ? state : null;
      case PUT -> KvValue.of(in.value());
      case APPEND -> output == null || state.contentEquals(output) ? state.append(in.value()) : null;
    };
  }

  /** One chain node; its text is the history's own argument. */
  @Override
  public long retainedBytes(KvValue state) {
    return 40;
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
  public boolean reachableWithoutReset(KvValue state, Object input, Object output) {
    return output == null || state.isPrefixOf((String) output);
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
  public Optional<Impossible> impossible(List<Operation> partition, Deadline deadline) {
    WrittenValues written = new WrittenValues();
    for (Operation op : partition) {
      KvInput in = (KvInput) op.input();
      if (in.value() != null) written.add(in.value());
    }
    int checked = 0;
    for (Operation op : partition) {
      if (++checked % 256 == 0 && deadline.passed()) return Optional.empty();
      if (op.output() instanceof String read && !read.isEmpty() && !written.couldBuild(read)) {
        return Optional.of(new Impossible(op.id(), describeOperation(op.input(), read)
            + " read a value that no put or append of key " + Text.quote(((KvInput) op.input()).key())
            + " could have written"));
      }
    }
    return Optional.empty();
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
  public String describeState(KvValue state) {
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
