package io.seedsim.checker.explain;

import io.seedsim.checker.KvInput;
import io.seedsim.checker.KvOp;
import io.seedsim.checker.Model;
import io.seedsim.checker.Operation;
import io.seedsim.checker.model.Nil;
import io.seedsim.checker.model.RegisterOp;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Says in one sentence why a culprit's operations cannot all be linearized, naming them. Tries the
 * shapes violations usually take (a stale read, a read from the future, writes seen out of real-time
 * order, two reads that disagree) and falls back on listing the operations.
 */
final class CulpritSentence {
  private CulpritSentence() {}

  /** Values longer than this are shortened in the middle in sentences. */
  private static final int LONG_VALUE = 40;

  static <S> String of(Model<S> model, List<Operation> ops) {
    for (Operation reader : ops) {
      if (seen(reader) == null) continue;
      String sentence = selfSeen(reader);
      if (sentence == null) sentence = noWriter(reader, ops);
      for (Operation w : ops) {
        if (sentence != null) break;
        if (w != reader && ObservedWrites.written(w) != null) sentence = staleOrFuture(reader, w, ops);
      }
      for (Operation w1 : ops) {
        for (Operation w2 : ops) {
          if (sentence == null && w1 != w2) sentence = outOfOrder(reader, w1, w2);
        }
      }
      for (Operation earlier : ops) {
        if (sentence == null && earlier != reader) sentence = readersDisagree(reader, earlier, ops);
      }
      if (sentence != null) return sentence + ".";
    }
    return "These " + ops.size() + " operations cannot all be linearized: " + ops.stream()
        .map(op -> model.describeOperation(op.input(), op.output()) + " by client " + op.client())
        .collect(Collectors.joining("; ")) + ".";
  }

  /** An append that saw its own element in the value before it: the old value already holds it. */
  private static String selfSeen(Operation op) {
    if (op.input() instanceof KvInput in && in.op() == KvOp.APPEND && seen(op) instanceof String s
        && !in.value().isEmpty() && s.contains(in.value())) {
      return subject(op) + " returned the old value " + quote(s) + ", which already holds " + quote(in.value())
          + ": the value from before an append cannot hold what it appends (it took effect twice, or"
          + " returned the new value)";
    }
    return null;
  }

  private static String noWriter(Operation reader, List<Operation> ops) {
    Object seen = seen(reader);
    boolean initial = seen.equals("") || seen.equals(Nil.NIL);
    if (initial || !ObservedWrites.writersSeenBy(reader, ops).isEmpty()) return null;
    return subject(reader) + " " + verb(reader) + " " + quoteValue(seen) + ", which no operation wrote";
  }

  private static String staleOrFuture(Operation reader, Operation w, List<Operation> ops) {
    boolean shown = shows(reader, w);
    if (shown && w.call() > reader.ret()) {
      return subject(reader) + " " + verb(reader) + " " + valueAfter(reader, ops) + ", but " + name(w) + " "
          + by(w, reader) + " was called only after this " + kind(reader) + " returned";
    }
    if (!shown && w.hasReturn() && w.ret() < reader.call() && !overwrittenBySeen(reader, w, ops)) {
      return subject(reader) + " " + verb(reader) + " " + valueAfter(reader, ops) + ", but " + name(w) + " "
          + by(w, reader) + " returned before this " + kind(reader) + " was called";
    }
    return null;
  }

  /** For registers: a write missing from a read is fine if the value read was written after it. */
  private static boolean overwrittenBySeen(Operation reader, Operation w, List<Operation> ops) {
    if (reader.input() instanceof KvInput) return false;
    return ObservedWrites.writersSeenBy(reader, ops).stream().anyMatch(s -> !s.hasReturn() || s.ret() >= w.call());
  }

  private static String outOfOrder(Operation reader, Operation w1, Operation w2) {
    if (!(seen(reader) instanceof String s) || !(w1.input() instanceof KvInput a) || !(w2.input() instanceof KvInput b)
        || a.op() != KvOp.APPEND || b.op() != KvOp.APPEND) return null;
    int i = s.indexOf(a.value()), j = s.indexOf(b.value());
    if (i < 0 || j < 0 || i >= j || !w2.hasReturn() || w2.ret() >= w1.call()) return null;
    return subject(reader) + " " + verb(reader) + " a value with " + name(w1) + " before " + name(w2) + ", but "
        + name(w2) + " " + by(w2, reader) + " returned before " + name(w1) + " was called";
  }

  private static String readersDisagree(Operation reader, Operation earlier, List<Operation> ops) {
    if (seen(earlier) == null || !earlier.hasReturn() || earlier.ret() >= reader.call()) return null;
    for (Operation w : ObservedWrites.writersSeenBy(earlier, ops)) {
      if (w != reader && !shows(reader, w) && reader.input() instanceof KvInput) {
        return subject(reader) + " " + verb(reader) + " " + valueAfter(reader, ops) + ", but " + subject(earlier)
            + ", which returned before it was called, had already seen " + name(w);
      }
    }
    return null;
  }

  // --- words ---------------------------------------------------------------------------------

  /** What an operation observed: a get's value, an append's old value, a read's value. */
  private static Object seen(Operation op) {
    if (op.output() == null) return null;
    if (op.input() instanceof KvInput in) return in.op() == KvOp.PUT ? null : op.output();
    if (op.input() instanceof RegisterOp.Read) return op.output();
    return null;
  }

  /** Whether the reader's value holds w's write. */
  private static boolean shows(Operation reader, Operation w) {
    Object seen = seen(reader);
    Object written = ObservedWrites.written(w);
    if (seen instanceof String s && written instanceof String v) {
      return w.input() instanceof KvInput in && in.op() == KvOp.PUT ? s.startsWith(v) : s.contains(v);
    }
    return Objects.equals(seen, written);
  }

  /** "the value after append "a1.6;"", or the value itself when no operation of the set ends it. */
  private static String valueAfter(Operation reader, List<Operation> ops) {
    Object seen = seen(reader);
    if (seen.equals("") || seen.equals(Nil.NIL)) return "the initial (empty) value";
    if (seen instanceof String s) {
      for (Operation w : ops) {
        if (w != reader && ObservedWrites.written(w) instanceof String v && !v.isEmpty() && s.endsWith(v)) {
          return "the value after " + name(w);
        }
      }
      return quote(s);
    }
    return quoteValue(seen);
  }

  private static String subject(Operation op) {
    return call(op) + " by client " + op.client();
  }

  private static String by(Operation w, Operation reader) {
    return w.client() == reader.client() ? "by the same client" : "by client " + w.client();
  }

  private static String verb(Operation reader) {
    return reader.input() instanceof KvInput in && in.op() == KvOp.APPEND ? "saw" : "returned";
  }

  private static String kind(Operation op) {
    if (op.input() instanceof KvInput in) return in.op().wireName();
    return op.input() instanceof RegisterOp.Read ? "read" : "operation";
  }

  /** An operation as a reader is named: {@code get("0")}, {@code append("0", "a1;")}. */
  private static String call(Operation op) {
    if (op.input() instanceof KvInput in) {
      return in.op() == KvOp.GET ? "get(" + quote(in.key()) + ")"
          : in.op().wireName() + "(" + quote(in.key()) + ", " + quote(in.value()) + ")";
    }
    return name(op);
  }

  /** A write as the sentence names it: {@code append "a1.6;"}, {@code put "p"}, {@code write(3)}. */
  private static String name(Operation op) {
    if (op.input() instanceof KvInput in) {
      return in.op() == KvOp.GET ? "get(" + quote(in.key()) + ")" : in.op().wireName() + " " + quote(in.value());
    }
    if (op.input() instanceof RegisterOp.Write w) return "write(" + quoteValue(w.value()) + ")";
    if (op.input() instanceof RegisterOp.Cas c) return "cas(" + quoteValue(c.from()) + ", " + quoteValue(c.to()) + ")";
    return "read()";
  }

  private static String quoteValue(Object value) {
    if (value instanceof String s) return quote(s);
    return value.equals(Nil.NIL) ? "nil" : String.valueOf(value);
  }

  private static String quote(String s) {
    String shown = s.length() <= LONG_VALUE ? s
        : s.substring(0, LONG_VALUE / 2 - 2) + "…" + s.substring(s.length() - LONG_VALUE / 2 + 1)
            + " (" + s.length() + " chars)";
    return "\"" + shown.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
