package io.seedsim.checker.explain;

import io.seedsim.checker.KvInput;
import io.seedsim.checker.KvOp;
import io.seedsim.checker.Operation;
import io.seedsim.checker.model.Nil;
import io.seedsim.checker.model.RegisterOp;
import java.util.ArrayList;
import java.util.List;

/**
 * Which operations wrote what another operation saw. A set of operations in which some read sees a
 * value whose writer was left out is trivially not linearizable and explains nothing, so the
 * culprit search keeps every reader together with the writers of what it read.
 */
final class ObservedWrites {
  private ObservedWrites() {}

  /** True for the models whose operations this class understands (kv and the register models). */
  static boolean understands(Object input) {
    return input instanceof KvInput || input instanceof RegisterOp;
  }

  /** The operations among {@code all} whose writes {@code reader}'s output shows. */
  static List<Operation> writersSeenBy(Operation reader, List<Operation> all) {
    List<Operation> writers = new ArrayList<>();
    if (reader.output() == null) {
      return writers;
    }
    if (reader.input() instanceof KvInput in && in.op() != KvOp.PUT && reader.output() instanceof String seen) {
      for (Operation op : all) {
        if (op != reader && op.input() instanceof KvInput w && w.op() != KvOp.GET && !w.value().isEmpty()
            && (w.op() == KvOp.PUT ? seen.startsWith(w.value()) : seen.contains(w.value()))) {
          writers.add(op);
        }
      }
    } else if (reader.input() instanceof RegisterOp r) {
      Object seen = r instanceof RegisterOp.Read ? reader.output()
          : r instanceof RegisterOp.Cas cas && Boolean.TRUE.equals(reader.output()) ? cas.from() : null;
      if (seen != null && !seen.equals(Nil.NIL)) {
        for (Operation op : all) {
          if (op != reader && seen.equals(written(op))) writers.add(op);
        }
      }
    }
    return writers;
  }

  /** The value an operation writes, or null for a read (and for anything but kv and registers). */
  static Object written(Operation op) {
    if (op.input() instanceof KvInput in) return in.op() == KvOp.GET ? null : in.value();
    if (op.input() instanceof RegisterOp.Write w) return w.value();
    if (op.input() instanceof RegisterOp.Cas c) return c.to();
    return null;
  }
}
