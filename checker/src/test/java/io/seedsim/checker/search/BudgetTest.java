package io.seedsim.checker.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.seedsim.checker.CheckOptions;
import io.seedsim.checker.CheckResult;
import io.seedsim.checker.KvInput;
import io.seedsim.checker.Linearizability;
import io.seedsim.checker.Model;
import io.seedsim.checker.Models;
import io.seedsim.checker.Operation;
import io.seedsim.checker.Outcome;
import io.seedsim.checker.PartitionResult;
import io.seedsim.checker.Verdict;
import io.seedsim.checker.bench.SyntheticKvHistory;
import io.seedsim.checker.model.RegisterOp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Budgets hold: tiny ones are real, kv states count against memory, long easy histories fit. */
class BudgetTest {
  private final Model<?> kv = Models.byName("kv");

  /** {@code appends} concurrent unobserved appends, then a get of a value built from them that no order gives. */
  static List<Operation> hardKv(int appends, int valueLength) {
    List<Operation> ops = new ArrayList<>();
    for (int i = 0; i < appends; i++) {
      String value = ("v" + i + ";").repeat(valueLength).substring(0, valueLength);
      ops.add(new Operation(i, i, KvInput.append("k", value), null, 0, 100));
    }
    String first = ((KvInput) ops.get(0).input()).value();
    ops.add(new Operation(appends, 99, KvInput.get("k"), first + first, 200, 300));
    return ops;
  }

  @Test
  void anyPositiveBudgetIsARealOne() {
    CheckResult result = Linearizability.check(kv, hardKv(18, 3), Duration.ofNanos(1));
    assertThat(result.verdict()).isEqualTo(Verdict.UNKNOWN);
    assertThat(result.partitions().get(0).explanation()).startsWith("the time budget ran out");
  }

  @Test
  void zeroOrNegativeBudgetsAreErrorsNotNoLimit() {
    assertThatThrownBy(() -> Deadline.after(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Deadline.after(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    assertThat(Deadline.after(null).passed()).isFalse();
  }

  @Test
  void readersPollTheSameDeadline() throws InterruptedException {
    Deadline deadline = Deadline.after(Duration.ofNanos(1));
    Thread.sleep(1);
    assertThatThrownBy(deadline::check).isInstanceOf(Deadline.Passed.class);
    Deadline.none().check();
  }

  @Test
  void theModelsStoredStatesCountAgainstTheMemoryBudget() {
    // Each state claims a megabyte: an 8 MB budget is spent after a handful of states, long
    // before the memo alone (about 100 bytes a configuration) would fill it.
    var outcome = spendMemory(heavyStates(), 8e6);
    assertThat(outcome.configurations()).isLessThan(100);
  }

  @Test
  void longAppendsFillTheMemoryBudgetNotTheHeap() {
    // 13 concurrent appends of 5,000 characters: billions of distinct values. Each costs one chain
    // node, so a small budget is spent by configurations, with the values counted.
    @SuppressWarnings("unchecked")
    var outcome = spendMemory((Model<Object>) kv, 20e6);
    assertThat(outcome.configurations()).isGreaterThan(50_000);
  }

  @Test
  void twoHundredThousandSequentialWritesAreLinearizable() {
    // A set stored bit per operation would cost 25 KB a configuration here.
    Model<?> register = Models.byName("register");
    List<Operation> ops = new ArrayList<>();
    for (int i = 0; i < 200_000; i++) {
      ops.add(new Operation(i, 0, new RegisterOp.Write(null, (long) i), null, 2L * i, 2L * i + 1));
    }
    assertThat(Linearizability.check(register, ops, null).verdict()).isEqualTo(Verdict.LINEARIZABLE);
  }

  @Test
  void twentyThousandOperationsOnOneKeyFromFiftyClientsAreLinearizable() {
    List<Operation> history = SyntheticKvHistory.linearizable(1, 50, 1, 20_000);
    assertThat(Linearizability.check(kv, history, Duration.ofMinutes(2)).verdict()).isEqualTo(Verdict.LINEARIZABLE);
  }

  @Test
  void aLargeHistoryWithATinyBudgetEndsUnknown() {
    List<Operation> history = SyntheticKvHistory.linearizable(7, 50, 1, 200_000);
    CheckResult result = Linearizability.check(kv, history, Duration.ofMillis(1));
    assertThat(result.verdict()).isEqualTo(Verdict.UNKNOWN);
  }

  @Test
  void theDetailSearchAfterACheapArgumentCanBeSwitchedOff() {
    // Hard enough to reach the cheap argument (a read of a value nobody wrote) before a verdict.
    List<Operation> history = new ArrayList<>(hardKv(18, 3));
    Operation get = history.remove(history.size() - 1);
    history.add(new Operation(get.id(), get.client(), get.input(), "never written", get.call(), get.ret()));
    CheckOptions quick = CheckOptions.within(Duration.ofMinutes(1)).withoutExplanationSearch();
    PartitionResult once = Linearizability.checkWith(kv, history, quick).partitions().get(0);
    PartitionResult again = Linearizability.checkWith(kv, history,
        CheckOptions.within(Duration.ofMinutes(1)).withoutExplanationSearch().withThreads(1)).partitions().get(0);
    assertThat(once.verdict()).isEqualTo(Verdict.NOT_LINEARIZABLE);
    assertThat(once.explanation()).contains("no put or append");
    assertThat(again.longestPrefix()).isEqualTo(once.longestPrefix());
    PartitionResult detailed = Linearizability.check(kv, history, Duration.ofMinutes(1)).partitions().get(0);
    assertThat(detailed.explanation()).isEqualTo(once.explanation());
  }

  private static WglSearch.Outcome<Object> spendMemory(Model<Object> model, double budgetBytes) {
    var outcome = new WglSearch<>(model, hardKv(13, 5000), Deadline.none(), budgetBytes).run();
    assertThat(outcome.verdict()).isEqualTo(Verdict.UNKNOWN);
    assertThat(outcome.memoryBudgetSpent()).isTrue();
    return outcome;
  }

  /** kv, but every state claims a megabyte of memory. */
  @SuppressWarnings("unchecked")
  private Model<Object> heavyStates() {
    Model<Object> inner = (Model<Object>) kv;
    return new Model<>() {
      @Override public String name() { return "heavy"; }
      @Override public Object init() { return inner.init(); }
      @Override public Object step(Object state, Object input, Object output) { return inner.step(state, input, output); }
      @Override public long retainedBytes(Object state) { return 1 << 20; }
      @Override public String describeOperation(Object input, Object output) { return inner.describeOperation(input, output); }
      @Override public String describeState(Object state) { return inner.describeState(state); }
      @Override public Call decode(String function, String key, Object argument, Object result, Outcome outcome) {
        return inner.decode(function, key, argument, result, outcome);
      }
    };
  }
}
