package io.seedsim.checker.search;

import io.seedsim.checker.Operation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The calls and returns of the operations not yet linearized, as a doubly linked list in time
 * order (Lowe's representation): linearizing an operation lifts its call and return out in O(1),
 * and backtracking puts them back in O(1). Operations with an unknown outcome have no return.
 */
final class EntryList {
  /** A sentinel before the first entry. */
  final Entry head = new Entry(-1, false, Long.MIN_VALUE);

  EntryList(List<Operation> operations) {
    List<Entry> entries = new ArrayList<>(2 * operations.size());
    for (int i = 0; i < operations.size(); i++) {
      Operation op = operations.get(i);
      Entry call = new Entry(i, true, op.call());
      entries.add(call);
      if (op.hasReturn()) {
        call.match = new Entry(i, false, op.ret());
        entries.add(call.match);
      }
    }
    // Calls before returns at equal times: touching operations count as concurrent.
    entries.sort(Comparator.<Entry>comparingLong(e -> e.time).thenComparing(e -> !e.isCall));
    Entry last = head;
    for (Entry e : entries) {
      last.next = e;
      e.prev = last;
      last = e;
    }
  }

  Entry first() {
    return head.next;
  }

  /** A call or return. A call's {@code match} is its return, null for an unknown outcome. */
  static final class Entry {
    final int op;
    final boolean isCall;
    final long time;
    Entry match;
    Entry prev;
    Entry next;

    Entry(int op, boolean isCall, long time) {
      this.op = op;
      this.isCall = isCall;
      this.time = time;
    }

    boolean hasReturn() {
      return match != null;
    }

    /** Takes this call and its return out of the list. */
    void lift() {
      unlink(this);
      if (match != null) unlink(match);
    }

    /** Puts them back; lifts are undone in reverse order, so the neighbours are as they were. */
    void unlift() {
      if (match != null) relink(match);
      relink(this);
    }

    private static void unlink(Entry e) {
      e.prev.next = e.next;
      if (e.next != null) e.next.prev = e.prev;
    }

    private static void relink(Entry e) {
      e.prev.next = e;
      if (e.next != null) e.next.prev = e;
    }
  }
}
