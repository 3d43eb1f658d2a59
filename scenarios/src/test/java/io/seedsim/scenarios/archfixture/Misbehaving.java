package io.seedsim.scenarios.archfixture;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;

/** Breaks every determinism rule once, so the rules are seen to fail. Never run. */
public final class Misbehaving {
  private Misbehaving() {}

  static long everything() {
    long t = System.currentTimeMillis() + System.nanoTime() + Instant.now().toEpochMilli();
    t += new Random().nextInt() + (long) Math.random();
    Executors.newSingleThreadExecutor();
    new Thread(() -> {}).start();
    t += System.identityHashCode(t);
    HashMap<String, Integer> map = new HashMap<>(Map.of("a", 1));
    for (String k : map.keySet()) {
      t += k.length();
    }
    return t;
  }
}
