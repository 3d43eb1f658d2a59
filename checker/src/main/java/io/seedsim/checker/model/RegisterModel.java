package io.seedsim.checker.model;

import io.seedsim.checker.Model;
import io.seedsim.checker.Operation;
import io.seedsim.checker.Outcome;
import io.seedsim.checker.search.Deadline;
import io.seedsim.checker.model.RegisterOp.Cas;
import io.seedsim.checker.model.RegisterOp.Read;
import io.seedsim.checker.model.RegisterOp.Write;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Knossos's register and cas-register, and Maelstrom's lin-kv (a cas-register per key). The state
 * is the register's value, {@link Nil#NIL} until written. Inputs are {@link RegisterOp}s.
 *
 * <p>A cas that completed ok needs the value to equal {@code from} and sets {@code to}; one that
 * completed failed needs the value to differ (Porcupine's etcd model); one with an unknown outcome
 * sets {@code to} when the value equals {@code from} and is accepted either way.
 */
public final class RegisterModel implements Model<Object> {

  private final String name;
  private final boolean withCas;
  private final boolean keyed;

  private RegisterModel(String name, boolean withCas, boolean keyed) {
    this.name = name;
    this.withCas = withCas;
    this.keyed = keyed;
  }

  /** One register with read and write. */
  public static RegisterModel register() {
    return new RegisterModel("register", false, false);
  }

  /** One register with read, write and compare-and-set. */
  public static RegisterModel casRegister() {
    return new RegisterModel("cas-register", true, false);
  }

  /** Maelstrom's lin-kv: read, write and cas on independent keys. */
  public static RegisterModel linKv() {
    return new RegisterModel("lin-kv", true, true);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Object init() {
    return Nil.NIL;
  }

  @Override
  public Object step(Object state, Object input, Object output) {
    if (input instanceof Read) {
      return output == null || state.equals(output) ? state : null;
    }
    if (input instanceof Write w) {
      return w.value();
    }
    Cas cas = (Cas) input;
    boolean matches = state.equals(cas.from());
    if (output == null) return matches ? cas.to() : state;
    if ((Boolean) output) return matches ? cas.to() : null;
    return matches ? null : state;
  }

  @Override
  public boolean keyed() {
    return keyed;
  }

  @Override
  public String partitionOf(Object input) {
    return keyed ? ((RegisterOp) input).key() : null;
  }

  @Override
  public boolean isReadOnly(Object input) {
    return input instanceof Read;
  }

  @Override
  public boolean isInert(Object input, Object output) {
    return input instanceof Read || input instanceof Cas && Boolean.FALSE.equals(output);
  }

  /** A read (or a successful cas) of a value that is neither nil nor written by anything. */
  @Override
  public Optional<Impossible> impossible(List<Operation> partition, Deadline deadline) {
    Set<Object> written = new HashSet<>();
    written.add(Nil.NIL);
    for (Operation op : partition) {
      if (op.input() instanceof Write w) written.add(w.value());
      if (op.input() instanceof Cas c) written.add(c.to());
    }
    for (Operation op : partition) {
      Object seen = null;
      if (op.input() instanceof Read && op.output() != null) seen = op.output();
      if (op.input() instanceof Cas c && Boolean.TRUE.equals(op.output())) seen = c.from();
      if (seen != null && !written.contains(seen)) {
        return Optional.of(new Impossible(op.id(), describeOperation(op.input(), op.output())
            + " saw the value " + Text.describeValue(seen) + ", which no operation writes"));
      }
    }
    return Optional.empty();
  }

  @Override
  public String describeOperation(Object input, Object output) {
    String key = ((RegisterOp) input).key();
    String prefix = key == null ? "" : Text.quote(key) + ", ";
    String result = output == null ? "?" : Text.describeValue(output);
    if (input instanceof Read) return "read(" + (key == null ? "" : Text.quote(key)) + ") -> " + result;
    if (input instanceof Write w) return "write(" + prefix + Text.describeValue(w.value()) + ")";
    Cas c = (Cas) input;
    String verdict = output == null ? "?" : (Boolean) output ? "ok" : "fail";
    return "cas(" + prefix + Text.describeValue(c.from()) + ", " + Text.describeValue(c.to()) + ") -> " + verdict;
  }

  @Override
  public String describeState(Object state) {
    return Text.describeValue(state);
  }

  @Override
  public Call decode(String function, String key, Object argument, Object result, Outcome outcome) {
    if (keyed && key == null) throw new IllegalArgumentException(function + " needs a key for model " + name);
    if (!keyed && key != null) {
      throw new IllegalArgumentException("model " + name + " is one register and takes no key (got key "
          + Text.quote(key) + "; use lin-kv for keys)");
    }
    String op = function.toLowerCase(Locale.ROOT);
    if (outcome == Outcome.FAILED && !op.equals("cas")) {
      throw new IllegalArgumentException("a failed " + op + " has no meaning for model " + name);
    }
    switch (op) {
      case "read":
        return new Call(new Read(key), outcome == Outcome.OK ? Text.registerValue(result) : null);
      case "write":
        if (argument == null) throw new IllegalArgumentException("write needs a value");
        return new Call(new Write(key, Text.registerValue(argument)), null);
      case "cas":
        if (withCas) return new Call(cas(key, argument), casOutput(outcome));
        // fall through: a plain register has no cas
      default:
        throw new IllegalArgumentException("unknown operation '" + function + "' for model " + name
            + " (expected read, write" + (withCas ? " or cas)" : " or, with cas-register, cas)"));
    }
  }

  private static Cas cas(String key, Object argument) {
    if (!(argument instanceof List<?> pair) || pair.size() != 2) {
      throw new IllegalArgumentException("cas needs a value [from to], not " + Text.describeValue(argument));
    }
    return new Cas(key, Text.registerValue(pair.get(0)), Text.registerValue(pair.get(1)));
  }

  private static Boolean casOutput(Outcome outcome) {
    return switch (outcome) {
      case OK -> Boolean.TRUE;
      case FAILED -> Boolean.FALSE;
      case UNKNOWN -> null;
    };
  }
}
