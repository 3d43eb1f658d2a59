package io.seedsim.checker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Long histories are decided, not left unknown: 20,000 kv operations from 50 clients (the module's
 * tests run in a 1 GiB heap), with and without a violation buried in the middle.
 */
class LongHistoryTest {
  private static final Duration BUDGET = Duration.ofSeconds(30);
  private final Model<?> kv = Models.byName("kv");

  /** A linearizable history: every operation takes effect at a random point inside its interval. */
  static List<Operation> linearizableHistory(long seed, int clients, int keys, int operations) {
    Random random = new Random(seed);
    record Pending(int client, KvInput input, long call, long ret, long effect) {}
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
    pending.sort(Comparator.comparingLong(Pending::call));
    List<Operation> history = new ArrayList<>();
    for (Pending p : pending) {
      history.add(new Operation(history.size(), p.client(), p.input(), outputs.get(p), p.call(), p.ret()));
    }
    return history;
  }

  @Test
  void twentyThousandOperationsFromFiftyClientsAreLinearizable() {
    List<Operation> history = linearizableHistory(1, 50, 20, 20_000);
    CheckResult result = Linearizability.check(kv, history, BUDGET);
    assertThat(result.verdict()).isEqualTo(Verdict.LINEARIZABLE);
    assertThat(result.partitions()).hasSize(20);
    assertThat(result.operationCount()).isEqualTo(20_000);
  }

  @Test
  void staleReadBuriedInTheMiddleIsFound() {
    List<Operation> history = new ArrayList<>(linearizableHistory(2, 50, 20, 20_000));
    int buried = staleReadIndex(history, 10_000);
    Operation get = history.get(buried);
    history.set(buried, new Operation(get.id(), get.client(), get.input(), staleValue(history, get), get.call(), get.ret()));
    CheckResult result = Linearizability.check(kv, history, BUDGET);
    assertThat(result.verdict()).isEqualTo(Verdict.NOT_LINEARIZABLE);
    PartitionResult failure = result.partitions().stream()
        .filter(p -> p.verdict() == Verdict.NOT_LINEARIZABLE).findFirst().orElseThrow();
    assertThat(failure.partition()).isEqualTo(((KvInput) get.input()).key());
    assertThat(failure.longestPrefix()).isNotEmpty();
  }

  @Test
  void readOfAValueNobodyWroteIsSettledWithoutSearching() {
    List<Operation> history = new ArrayList<>(linearizableHistory(3, 50, 20, 20_000));
    int buried = staleReadIndex(history, 12_000);
    Operation get = history.get(buried);
    history.set(buried, new Operation(get.id(), get.client(), get.input(), "never written;", get.call(), get.ret()));
    CheckResult result = Linearizability.check(kv, history, BUDGET);
    assertThat(result.verdict()).isEqualTo(Verdict.NOT_LINEARIZABLE);
    assertThat(result.failures().stream().filter(p -> p.verdict() == Verdict.NOT_LINEARIZABLE).findFirst()
        .orElseThrow().explanation()).contains("no put or append");
  }

  /** A get at or after {@code from} whose key had a write complete before the get was called. */
  private static int staleReadIndex(List<Operation> history, int from) {
    for (int i = from; i < history.size(); i++) {
      Operation op = history.get(i);
      if (op.input() instanceof KvInput in && in.op() == KvOp.GET && staleValue(history, op) != null) return i;
    }
    throw new AssertionError("no get to corrupt");
  }

  /**
   * The value the key held before the last write that returned before {@code get} was called. Put
   * and append arguments are unique, so the key never holds it again: reading it is a violation.
   */
  private static String staleValue(List<Operation> history, Operation get) {
    String key = ((KvInput) get.input()).key();
    Operation lastWrite = null;
    for (Operation op : history) {
      KvInput in = (KvInput) op.input();
      if (in.key().equals(key) && in.op() == KvOp.APPEND && op.ret() < get.call()
          && (lastWrite == null || op.ret() > lastWrite.ret())) {
        lastWrite = op;
      }
    }
    if (lastWrite == null || lastWrite.output() == null || lastWrite.output().equals(get.output())) return null;
    return (String) lastWrite.output();
  }
}
