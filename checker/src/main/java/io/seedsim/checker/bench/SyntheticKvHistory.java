package io.seedsim.checker.bench;

import io.seedsim.checker.KvInput;
import io.seedsim.checker.Operation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Long linearizable kv histories for benchmarks and tests: each client calls operations one after
 * another, and each operation takes effect at a random point inside its interval, so calls overlap
 * and the outputs are those of one real order. Put and append arguments are unique.
 */
public final class SyntheticKvHistory {
  private SyntheticKvHistory() {}

  private record Pending(int client, KvInput input, long call, long ret, long effect) {}

  public static List<Operation> linearizable(long seed, int clients, int keys, int operations) {
    Random random = new Random(seed);
    List<Pending> pending = new ArrayList<>();
    long[] clientTime = new long[clients];
    for (int i = 0; i < operations; i++) {
      int client = random.nextInt(clients);
      long call = clientTime[client] + random.nextInt(20);
      long ret = call + 1 + random.nextInt(60);
      String key = Integer.toString(random.nextInt(keys));
      int kind = random.nextInt(10);
      KvInput input = kind < 4 ? KvInput.get(key)
          : kind < 5 ? KvInput.put(key, "p" + i + ";")
          : KvInput.append(key, "a" + i + ";");
      pending.add(new Pending(client, input, call, ret, call + random.nextInt((int) (ret - call) + 1)));
      clientTime[client] = ret + 1;
    }
    Map<Pending, String> outputs = outputsInEffectOrder(pending);
    pending.sort(Comparator.comparingLong(Pending::call));
    List<Operation> history = new ArrayList<>();
    for (Pending p : pending) {
      history.add(new Operation(history.size(), p.client(), p.input(), outputs.get(p), p.call(), p.ret()));
    }
    return history;
  }

  private static Map<Pending, String> outputsInEffectOrder(List<Pending> pending) {
    Map<String, String> store = new HashMap<>();
    List<Pending> byEffect = new ArrayList<>(pending);
    byEffect.sort(Comparator.comparingLong(Pending::effect));
    Map<Pending, String> outputs = new HashMap<>();
    for (Pending p : byEffect) {
      String old = store.getOrDefault(p.input().key(), "");
      switch (p.input().op()) {
        case GET -> outputs.put(p, old);
        case PUT -> store.put(p.input().key(), p.input().value());
        case APPEND -> {
          outputs.put(p, old);
          store.put(p.input().key(), old + p.input().value());
        }
      }
    }
    return outputs;
  }
}
