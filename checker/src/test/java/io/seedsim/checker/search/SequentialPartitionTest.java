package io.seedsim.checker.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.checker.KvInput;
import io.seedsim.checker.Model;
import io.seedsim.checker.Models;
import io.seedsim.checker.Operation;
import io.seedsim.checker.Verdict;
import io.seedsim.checker.model.KvValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The answer without search, for operations that never overlap, is the search's answer. */
class SequentialPartitionTest {
  @SuppressWarnings("unchecked")
  private static final Model<KvValue> KV = (Model<KvValue>) Models.byName("kv");

  @Property(tries = 1000)
  void agreesWithTheSearchOnSequentialHistories(@ForAll long seed) {
    Random random = new Random(seed);
    List<Operation> history = sequentialHistory(random);
    WglSearch.Outcome<KvValue> searched = new WglSearch<>(KV, history, Deadline.none()).run();
    WglSearch.Outcome<KvValue> sequential = SequentialPartition.linearize(KV, history, Deadline.none());
    if (searched.verdict() != Verdict.LINEARIZABLE) {
      assertThat(sequential).as("history %s", history).isNull();
      return;
    }
    assertThat(sequential).as("history %s", history).isNotNull();
    assertThat(sequential.verdict()).isEqualTo(Verdict.LINEARIZABLE);
    assertThat(sequential.order()).as("history %s", history).containsExactly(searched.order());
    assertThat(sequential.statesAfter().stream().map(KV::describeState))
        .containsExactlyElementsOf(searched.statesAfter().stream().map(KV::describeState).toList());
    assertThat(sequential.configurations()).isEqualTo(searched.configurations());
  }

  @Test
  void touchingOperationsAreLeftToTheSearch() {
    // The get returns at 10 and the append is called at 10: they count as concurrent.
    List<Operation> history = List.of(
        new Operation(0, 0, KvInput.get("k"), "", 0, 10),
        new Operation(1, 1, KvInput.append("k", "a"), "", 10, 20));
    assertThat(SequentialPartition.linearize(KV, history, Deadline.none())).isNull();
  }

  @Test
  void anUnknownOutcomeBeforeACompletedOperationIsLeftToTheSearch() {
    List<Operation> history = List.of(
        new Operation(0, 0, KvInput.append("k", "a"), null, 0, Operation.UNKNOWN),
        new Operation(1, 1, KvInput.get("k"), "a", 10, 20));
    assertThat(SequentialPartition.linearize(KV, history, Deadline.none())).isNull();
  }

  @Test
  void unknownOutcomesAfterEveryCompletedOperationAreNotLinearized() {
    List<Operation> history = List.of(
        new Operation(0, 0, KvInput.append("k", "a"), "", 0, 5),
        new Operation(1, 0, KvInput.append("k", "b"), null, 6, Operation.UNKNOWN),
        new Operation(2, 1, KvInput.put("k", "c"), null, 7, Operation.UNKNOWN));
    WglSearch.Outcome<KvValue> outcome = SequentialPartition.linearize(KV, history, Deadline.none());
    assertThat(outcome.order()).containsExactly(0);
    assertThat(KV.describeState(outcome.statesAfter().get(0))).isEqualTo("\"a\"");
  }

  @Test
  void aStepTheModelRefusesIsLeftToTheSearch() {
    List<Operation> history = List.of(
        new Operation(0, 0, KvInput.append("k", "a"), "", 0, 5),
        new Operation(1, 0, KvInput.get("k"), "b", 6, 7));
    assertThat(SequentialPartition.linearize(KV, history, Deadline.none())).isNull();
  }

  /** One key, operations one after another with gaps of 1 to 3, outputs right four times in five. */
  private static List<Operation> sequentialHistory(Random random) {
    List<Operation> ops = new ArrayList<>();
    String value = "";
    long time = 0;
    int size = 1 + random.nextInt(12);
    for (int i = 0; i < size; i++) {
      long call = time + 1 + random.nextInt(3);
      long ret = call + random.nextInt(3);
      String wrong = random.nextBoolean() ? "b" : value + "x";
      String seen = random.nextInt(5) == 0 ? wrong : value;
      KvInput input = switch (random.nextInt(3)) {
        case 0 -> KvInput.get("k");
        case 1 -> KvInput.put("k", random.nextBoolean() ? "a" : "b");
        default -> KvInput.append("k", random.nextBoolean() ? "a" : "b");
      };
      Object output = switch (input.op()) {
        case GET -> random.nextInt(8) == 0 ? null : seen;
        case PUT -> null;
        case APPEND -> random.nextInt(4) == 0 ? null : seen;
      };
      ops.add(new Operation(i, random.nextInt(2), input, output, call, ret));
      value = switch (input.op()) {
        case GET -> value;
        case PUT -> input.value();
        case APPEND -> value + input.value();
      };
      time = ret;
    }
    // Sometimes operations with an unknown outcome at the end, after every return.
    for (int i = random.nextInt(3); i > 0; i--) {
      time += 1 + random.nextInt(2);
      ops.add(new Operation(ops.size(), 2, KvInput.append("k", "c"), null, time, Operation.UNKNOWN));
    }
    return ops;
  }
}
