package io.seedsim.checker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Small hand-made kv histories with known answers, and what a violation report says. */
class KvHistoryTest {
  private final Model<?> kv = Models.byName("kv");

  private static Operation op(int id, int client, KvInput in, String out, long call, long ret) {
    return new Operation(id, client, in, out, call, ret);
  }

  @Test
  void concurrentAppendsMayTakeEffectInEitherOrder() {
    List<Operation> history = List.of(
        op(0, 1, KvInput.append("1", "a"), null, 0, 10),
        op(1, 2, KvInput.append("1", "b"), null, 1, 10),
        op(2, 3, KvInput.get("1"), "ba", 11, 12));
    assertThat(Linearizability.check(kv, history, Duration.ofSeconds(5)).verdict()).isEqualTo(Verdict.LINEARIZABLE);
  }

  @Test
  void staleReadAfterACompletedAppendIsAViolationAndSaysWhy() {
    List<Operation> history = List.of(
        op(0, 1, KvInput.put("1", "x1;"), null, 0, 10),
        op(1, 1, KvInput.append("1", "x2;"), "x1;", 11, 20),
        op(2, 2, KvInput.get("1"), "x1;", 21, 30));
    CheckResult result = Linearizability.check(kv, history, Duration.ofSeconds(5));
    assertThat(result.verdict()).isEqualTo(Verdict.NOT_LINEARIZABLE);
    PartitionResult failure = result.failures().get(0);
    assertThat(failure.partition()).isEqualTo("1");
    assertThat(failure.longestPrefix()).extracting(Step::operationId).containsExactly(0, 1);
    assertThat(failure.longestPrefix().get(1).stateAfter()).isEqualTo("\"x1;x2;\"");
    assertThat(failure.unplaceableIds()).containsExactly(2);
    assertThat(failure.explanation()).contains("get(\"1\") -> \"x1;\"").contains("\"x1;x2;\"");
  }

  @Test
  void appendReturnsTheOldValueAndMissingKeysReadEmpty() {
    List<Operation> ok = List.of(
        op(0, 1, KvInput.get("7"), "", 0, 1),
        op(1, 1, KvInput.append("7", "a"), "", 2, 3),
        op(2, 1, KvInput.append("7", "b"), "a", 4, 5));
    assertThat(Linearizability.check(kv, ok, null).verdict()).isEqualTo(Verdict.LINEARIZABLE);
    List<Operation> wrongOld = List.of(
        op(0, 1, KvInput.append("7", "a"), "", 2, 3),
        op(1, 1, KvInput.append("7", "b"), "", 4, 5));
    assertThat(Linearizability.check(kv, wrongOld, null).verdict()).isEqualTo(Verdict.NOT_LINEARIZABLE);
  }

  @Test
  void unknownOutcomeMayHaveTakenEffectLateOrNever() {
    Operation lost = op(0, 1, KvInput.append("1", "a"), null, 0, Operation.UNKNOWN);
    List<Operation> tookEffectLate = List.of(lost,
        op(1, 2, KvInput.get("1"), "", 5, 6),
        op(2, 2, KvInput.get("1"), "a", 7, 8));
    List<Operation> never = List.of(lost, op(1, 2, KvInput.get("1"), "", 100, 101));
    List<Operation> undone = List.of(lost,
        op(1, 2, KvInput.get("1"), "a", 5, 6),
        op(2, 2, KvInput.get("1"), "", 7, 8));
    assertThat(Linearizability.check(kv, tookEffectLate, null).verdict()).isEqualTo(Verdict.LINEARIZABLE);
    assertThat(Linearizability.check(kv, never, null).verdict()).isEqualTo(Verdict.LINEARIZABLE);
    assertThat(Linearizability.check(kv, undone, null).verdict()).isEqualTo(Verdict.NOT_LINEARIZABLE);
  }

  @Test
  void keysArePartitionsCheckedOnTheirOwn() {
    List<Operation> history = List.of(
        op(0, 1, KvInput.put("2", "x"), null, 0, 1),
        op(1, 1, KvInput.put("10", "y"), null, 2, 3),
        op(2, 2, KvInput.get("2"), "x", 4, 5),
        op(3, 2, KvInput.get("10"), "x", 6, 7));
    CheckResult result = Linearizability.check(kv, history, null);
    assertThat(result.partitions()).extracting(PartitionResult::partition).containsExactly("2", "10");
    assertThat(result.partitions()).extracting(PartitionResult::verdict)
        .containsExactly(Verdict.LINEARIZABLE, Verdict.NOT_LINEARIZABLE);
    assertThat(result.partitions().get(0).linearization()).extracting(Step::operationId).containsExactly(0, 2);
  }

  @Test
  void anEmptyHistoryIsLinearizable() {
    assertThat(Linearizability.check(kv, List.of(), null).verdict()).isEqualTo(Verdict.LINEARIZABLE);
  }
}
