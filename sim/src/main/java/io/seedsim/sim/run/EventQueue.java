package io.seedsim.sim.run;

import java.util.Arrays;

/**
 * A binary min-heap of events ordered by (time, insertion sequence). Hand-written rather than a
 * {@link java.util.PriorityQueue} so the comparison is two field reads, not a Comparator call, and
 * so an event knows its slot and can be removed in O(log n): an RPC answered in time takes its
 * timeout out of the queue instead of leaving it to come up for nothing.
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
    siftUp(size++, e);
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
    removeAt(0);
    return first;
  }

  /** Removes {@code e} if it is still queued. */
  void remove(Event e) {
    int i = e.slot;
    if (i >= 0 && i < size && heap[i] == e) {
      removeAt(i);
    }
  }

  int size() {
    return size;
  }

  private void removeAt(int i) {
    Event removed = heap[i];
    removed.slot = -1;
    Event last = heap[--size];
    heap[size] = null;
    if (i == size) {
      return;
    }
    siftDown(i, last);
    if (heap[i] == last) {
      siftUp(i, last);
    }
  }

  private void siftUp(int i, Event e) {
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      Event p = heap[parent];
      if (!e.before(p)) {
        break;
      }
      place(i, p);
      i = parent;
    }
    place(i, e);
  }

  private void siftDown(int i, Event e) {
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
      place(i, c);
      i = child;
    }
    place(i, e);
  }

  private void place(int i, Event e) {
    heap[i] = e;
    e.slot = i;
  }
}
