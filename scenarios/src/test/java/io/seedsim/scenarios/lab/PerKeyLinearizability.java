package io.seedsim.scenarios.lab;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A small linearizability check for the tests, until the checker module is wired in: each key's
 * operations are searched on their own (Wing and Gong's backtracking, with memoised (done set,
 * value) pairs), against the lab's kv model. An operation with an unknown outcome may take effect
 * at any point after its call, or never.
 */
final class PerKeyLinearizability implements HistoryCheck {

  @Override
  public String violation(List<HistoryEntry> history) {
    Map<String, List<HistoryEntry>> byKey = new TreeMap<>();
    for (HistoryEntry e : history) {
      byKey.computeIfAbsent(e.key(), k -> new ArrayList<>()).add(e);
    }
    for (Map.Entry<String, List<HistoryEntry>> key : byKey.entrySet()) {
      if (!new Search(key.getValue()).linearizable()) {
        return "key \"" + key.getKey() + "\": no order of its " + key.getValue().size() + " operations fits the kv model";
      }
    }
    return null;
  }

  private static final class Search {
    private final List<HistoryEntry> ops;
    private final int mustPlace;
    private final Set<Memo> seen = new HashSet<>();

    private record Memo(BitSet done, String value) {}

    Search(List<HistoryEntry> ops) {
      this.ops = new ArrayList<>(ops);
      this.ops.sort(Comparator.comparingLong(HistoryEntry::callMicros));
      this.mustPlace = (int) ops.stream().filter(HistoryEntry::returned).count();
    }

    boolean linearizable() {
      return sequential() ? inOrder() : place(new BitSet(ops.size()), 0, "");
    }

    /** Every operation returned before the next was called: only one order is possible. */
    private boolean sequential() {
      for (int i = 0; i < ops.size(); i++) {
        HistoryEntry e = ops.get(i);
        if (!e.returned() || (i + 1 < ops.size() && ops.get(i + 1).callMicros() <= e.returnMicros())) {
          return false;
        }
      }
      return true;
    }

    /** The one order, replayed on a builder: values grow long and copying each would be quadratic. */
    private boolean inOrder() {
      StringBuilder value = new StringBuilder();
      for (HistoryEntry e : ops) {
        boolean put = e.op().equals("put");
        if (!put && CharSequence.compare(value, e.output()) != 0) {
          return false;
        }
        if (put) {
          value.setLength(0);
        }
        if (!e.op().equals("get")) {
          value.append(e.value());
        }
      }
      return true;
    }

    private boolean place(BitSet done, int placedReturned, String value) {
      if (placedReturned == mustPlace) {
        return true;
      }
      if (!seen.add(new Memo((BitSet) done.clone(), value))) {
        return false;
      }
      long firstReturn = Long.MAX_VALUE;
      for (int i = done.nextClearBit(0); i < ops.size(); i = done.nextClearBit(i + 1)) {
        HistoryEntry e = ops.get(i);
        if (e.returned()) {
          firstReturn = Math.min(firstReturn, e.returnMicros());
        }
      }
      for (int i = done.nextClearBit(0); i < ops.size(); i = done.nextClearBit(i + 1)) {
        HistoryEntry e = ops.get(i);
        if (e.callMicros() > firstReturn) {
          break; // ops are sorted by call: none after this one may go first
        }
        String next = step(e, value);
        if (next == null) {
          continue;
        }
        done.set(i);
        boolean ok = place(done, placedReturned + (e.returned() ? 1 : 0), next);
        done.clear(i);
        if (ok) {
          return true;
        }
      }
      return false;
    }

    /** The value after {@code e}, or null if {@code e} cannot happen on {@code value}. */
    private static String step(HistoryEntry e, String value) {
      boolean known = e.returned();
      return switch (e.op()) {
        case "get" -> !known || value.equals(e.output()) ? value : null;
        case "put" -> e.value();
        case "append" -> !known || value.equals(e.output()) ? value + e.value() : null;
        default -> throw new IllegalArgumentException("unknown op " + e.op());
      };
    }
  }
}
