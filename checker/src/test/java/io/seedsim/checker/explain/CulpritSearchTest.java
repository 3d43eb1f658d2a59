package io.seedsim.checker.explain;

import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.checker.CheckResult;
import io.seedsim.checker.HistoryFormats;
import io.seedsim.checker.KvInput;
import io.seedsim.checker.Linearizability;
import io.seedsim.checker.Model;
import io.seedsim.checker.Models;
import io.seedsim.checker.Operation;
import io.seedsim.checker.PartitionResult;
import io.seedsim.checker.Verdict;
import io.seedsim.checker.model.RegisterModel;
import io.seedsim.checker.model.RegisterOp;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CulpritSearchTest {
  private static final Model<?> KV = Models.byName("kv");

  @Test
  void aStaleReadOfTheClientsOwnAppendNamesThatAppend() {
    // The local-reads bug: client 1 appends a1.9 and then reads a replica that has only a1.6.
    List<Operation> ops = List.of(
        op(0, 0, KvInput.append("0", "a1.6;"), "", 0, 10),
        op(1, 2, KvInput.get("0"), "a1.6;", 12, 20),
        op(2, 1, KvInput.append("0", "a1.9;"), "a1.6;", 30, 40),
        op(3, 2, KvInput.get("0"), "a1.6;a1.9;", 41, 45),
        op(4, 1, KvInput.get("0"), "a1.6;", 50, 60),
        op(5, 0, KvInput.append("0", "a0.2;"), "a1.6;a1.9;", 70, 80));

    Culprit culprit = CulpritSearch.find(KV, ops).orElseThrow();

    assertThat(culprit.operationIds()).containsExactly(0, 2, 4);
    assertThat(culprit.minimal()).isTrue();
    assertThat(culprit.sentence()).isEqualTo("get(\"0\") by client 1 returned the value after append \"a1.6;\", but"
        + " append \"a1.9;\" by the same client returned before this get was called.");
    assertThat(Linearizability.check(KV, pick(ops, culprit), null).verdict()).isEqualTo(Verdict.NOT_LINEARIZABLE);
  }

  @Test
  void anAppendThatSawItsOwnElementIsACulpritAlone() {
    List<Operation> ops = List.of(
        op(0, 3, KvInput.append("3", "x 3 0 y"), "x 3 0 y", 0, 10),
        op(1, 3, KvInput.get("3"), "x 3 0 y", 20, 30));

    Culprit culprit = CulpritSearch.find(KV, ops).orElseThrow();

    assertThat(culprit.operationIds()).containsExactly(0);
    assertThat(culprit.sentence()).startsWith("append(\"3\", \"x 3 0 y\") by client 3 returned the old value \"x 3 0 y\","
        + " which already holds \"x 3 0 y\"");
  }

  @Test
  void aRegisterReadOfAValueWrittenOnlyLaterIsAReadFromTheFuture() {
    Model<?> register = RegisterModel.register();
    List<Operation> ops = List.of(
        op(0, 0, new RegisterOp.Write(null, 1L), null, 0, 10),
        op(1, 1, new RegisterOp.Read(null), 2L, 12, 20),
        op(2, 0, new RegisterOp.Write(null, 2L), null, 30, 40));

    Culprit culprit = CulpritSearch.find(register, ops).orElseThrow();

    assertThat(culprit.operationIds()).containsExactly(1, 2);
    assertThat(culprit.sentence()).isEqualTo(
        "read() by client 1 returned 2, but write(2) by client 0 was called only after this read returned.");
  }

  @Test
  void c50BadKey3IsExplainedByAFewOperationsThatCannotAllBeLinearized() throws Exception {
    Path file = Path.of(System.getProperty("seedsim.shared", "../../shared"), "histories/porcupine/kv/c50-bad.txt");
    List<Operation> history = HistoryFormats.read(file, KV);
    CheckResult result = Linearizability.check(KV, history, Duration.ofSeconds(30));
    PartitionResult key3 = result.partitions().stream().filter(p -> p.partition().equals("3")).findFirst().orElseThrow();

    Culprit culprit = CulpritSearch.find(KV, key3.operations()).orElseThrow();

    assertThat(culprit.operationIds().size()).isBetween(1, 6);
    assertThat(Linearizability.check(KV, pick(key3.operations(), culprit), null).verdict())
        .isEqualTo(Verdict.NOT_LINEARIZABLE);
    assertThat(culprit.sentence()).doesNotStartWith("These");
    System.out.println("c50-bad key 3 culprit: " + culprit);
  }

  private static List<Operation> pick(List<Operation> ops, Culprit culprit) {
    List<Operation> picked = new ArrayList<>();
    for (Operation op : ops) if (culprit.operationIds().contains(op.id())) picked.add(op);
    return picked;
  }

  private static Operation op(int id, int client, Object input, Object output, long call, long ret) {
    return new Operation(id, client, input, output, call, ret);
  }
}
