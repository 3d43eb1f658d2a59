package io.seedsim.checker;

import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.checker.bench.SyntheticKvHistory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Long histories are decided, not left unknown: 20,000 kv operations from 50 clients (the module's
 * tests run in a 1 GiB heap), with and without a violation buried in the middle.
 */
class LongHistoryTest {
  private static final Duration BUDGET = Duration.ofSeconds(30);
  private final Model<?> kv = Models.byName("kv");

  static List<Operation> linearizableHistory(long seed, int clients, int keys, int operations) {
    return SyntheticKvHistory.linearizable(seed, clients, keys, operations);
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
