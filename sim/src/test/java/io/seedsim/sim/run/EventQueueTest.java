package io.seedsim.sim.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.sim.SimRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventQueueTest {

  static final class Marker extends Event {
    @Override
    void fire(Simulation sim) {}
  }

  @Test
  void pollsInTimeThenInsertionOrderWithRemovalsAnywhere() {
    SimRandom random = new SimRandom(9);
    EventQueue queue = new EventQueue();
    List<Event> expected = new ArrayList<>();
    for (int round = 0; round < 2_000; round++) {
      Marker e = new Marker();
      e.time = random.longInclusive(0, 50);
      queue.add(e);
      expected.add(e);
      if (random.chance(0.3)) {
        Event victim = random.pick(expected);
        queue.remove(victim);
        queue.remove(victim); // removing twice is harmless
        expected.remove(victim);
      }
    }
    expected.sort(Comparator.<Event>comparingLong(e -> e.time).thenComparingLong(e -> e.seq));
    List<Event> polled = new ArrayList<>();
    for (Event e = queue.poll(); e != null; e = queue.poll()) {
      polled.add(e);
    }
    assertThat(polled).containsExactlyElementsOf(expected);
  }
}
