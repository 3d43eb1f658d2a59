package io.seedsim.sim.run;

import java.util.Arrays;

/**
 * A binary min-heap of events ordered by (time, insertion sequence). Hand-written rather than a
 * {@link java.util.PriorityQueue} so the comparison is two field reads, not a Comparator call.
 */
final class EventQueue {
  private Event[] heap = new Event[256];
  private int size;
  private long nextSeq;

  void add(Event e) {
    e.seq = nextSeq++;
    if (size == heap.length) {
      heap = Arrays.copyOf(heap, size * 2);
    }
    int i = size++;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      Event p = heap[parent];
      if (!e.before(p)) {
        break;
      }
      heap[i] = p;
      i = parent;
    }
    heap[i] = e;
  }

  /** The earliest event without removing it, or null when empty. */
  Event peek() {
    return size == 0 ? null : heap[0];
  }

  /** Removes and returns the earliest event, or null when empty. */
  Event poll() {
    if (size == 0) {
      return null;
    }
    Event first = heap[0];
    Event last = heap[--size];
    heap[size] = null;
    if (size > 0) {
      siftDown(last);
    }
    return first;
  }

  int size() {
    return size;
  }

  private void siftDown(Event e) {
    int i = 0;
    int half = size >>> 1;
    while (i < half) {
      int child = 2 * i + 1;
      Event c = heap[child];
      int right = child + 1;
      if (right < size && heap[right].before(c)) {
        child = right;
        c = heap[child];
      }
      if (!c.before(e)) {
        break;
      }
      heap[i] = c;
      i = child;
    }
    heap[i] = e;
  }
}
