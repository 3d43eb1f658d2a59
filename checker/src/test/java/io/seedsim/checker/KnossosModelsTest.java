package io.seedsim.checker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Knossos's mutex, multi-register, set, unordered-queue and fifo-queue, read from EDN (Jepsen's
 * events) and JSON lines, with the verdicts Knossos's models give.
 */
class KnossosModelsTest {

  private static Verdict edn(String model, String events) throws HistoryFormatException {
    Model<?> m = Models.byName(model);
    return Linearizability.check(m, HistoryFormats.parse("h.edn", events, HistoryFormat.EDN, m), null).verdict();
  }

  private static Verdict jsonl(String model, String lines) throws HistoryFormatException {
    Model<?> m = Models.byName(model);
    return Linearizability.check(m, HistoryFormats.parse("h.jsonl", lines, HistoryFormat.JSONL, m), null).verdict();
  }

  @Test
  void mutexHoldsOneAtATime() throws Exception {
    String overlapping = """
        {:process 0, :type :invoke, :f :acquire, :value nil}
        {:process 1, :type :invoke, :f :acquire, :value nil}
        {:process 0, :type :ok, :f :acquire, :value nil}
        {:process 1, :type :ok, :f :acquire, :value nil}
        """;
    assertThat(edn("mutex", overlapping)).isEqualTo(Verdict.NOT_LINEARIZABLE);
    String handedOver = overlapping.replace("{:process 1, :type :ok, :f :acquire, :value nil}\n", """
        {:process 0, :type :invoke, :f :release, :value nil}
        {:process 0, :type :ok, :f :release, :value nil}
        {:process 1, :type :ok, :f :acquire, :value nil}
        """);
    assertThat(edn("mutex", handedOver)).isEqualTo(Verdict.LINEARIZABLE);
    assertThat(jsonl("mutex", """
        {"client": 0, "op": "release", "call": 0, "return": 1}
        """)).isEqualTo(Verdict.NOT_LINEARIZABLE);
  }

  @Test
  void multiRegisterTransactionsTakeEffectAtOnce() throws Exception {
    String torn = """
        {:process 0, :type :invoke, :f :txn, :value [[:write :x 1] [:write :y 1]]}
        {:process 0, :type :ok, :f :txn, :value [[:write :x 1] [:write :y 1]]}
        {:process 1, :type :invoke, :f :txn, :value [[:read :x nil] [:read :y nil]]}
        {:process 1, :type :ok, :f :txn, :value [[:read :x 1] [:read :y nil]]}
        {:process 2, :type :invoke, :f :txn, :value [[:read :y nil]]}
        {:process 2, :type :ok, :f :txn, :value [[:read :y 2]]}
        """;
    assertThat(edn("multi-register", torn)).isEqualTo(Verdict.NOT_LINEARIZABLE);
    assertThat(edn("multi-register", torn.replace("[[:read :y 2]]", "[[:read :y 1]]")))
        .isEqualTo(Verdict.LINEARIZABLE);
    assertThat(jsonl("multi-register", """
        {"client": 0, "op": "txn", "value": [["write", "x", 1], ["read", "x", null]], "output": [["write", "x", 1], ["read", "x", 1]], "call": 0, "return": 1}
        {"client": 0, "op": "txn", "value": [["read", "x", null]], "output": [["read", "x", 0]], "call": 2, "return": 3}
        """)).isEqualTo(Verdict.NOT_LINEARIZABLE);
  }

  @Test
  void aSetReadSeesExactlyWhatWasAdded() throws Exception {
    String history = """
        {:process 0, :type :invoke, :f :add, :value 1}
        {:process 0, :type :ok, :f :add, :value 1}
        {:process 1, :type :invoke, :f :add, :value 2}
        {:process 2, :type :invoke, :f :read, :value nil}
        {:process 2, :type :ok, :f :read, :value #{1 2}}
        {:process 1, :type :info, :f :add, :value 2}
        {:process 2, :type :invoke, :f :read, :value nil}
        {:process 2, :type :ok, :f :read, :value #{1}}
        """;
    assertThat(edn("set", history)).isEqualTo(Verdict.NOT_LINEARIZABLE);
    assertThat(edn("set", history.replace("#{1}}", "#{2 1}}"))).isEqualTo(Verdict.LINEARIZABLE);
    assertThat(jsonl("set", """
        {"client": 0, "op": "add", "value": 3, "call": 0, "return": 1}
        {"client": 0, "op": "read", "output": [3], "call": 2, "return": 3}
        """)).isEqualTo(Verdict.LINEARIZABLE);
  }

  @Test
  void queuesDequeueWhatWasEnqueuedAndFifoInOrder() throws Exception {
    String history = KnossosHistories.VIOLATIONS.get("fifo-queue"); // enqueue 1, enqueue 2, dequeue 2
    assertThat(edn("unordered-queue", history)).isEqualTo(Verdict.LINEARIZABLE);
    assertThat(edn("fifo-queue", history)).isEqualTo(Verdict.NOT_LINEARIZABLE);
    assertThat(edn("fifo-queue", history.replace(":value 2}\n{:process 1", ":value 1}\n{:process 1")
        .replace(":ok, :f :dequeue, :value 2", ":ok, :f :dequeue, :value 1"))).isEqualTo(Verdict.LINEARIZABLE);
    String twice = history + """
        {:process 1, :type :invoke, :f :dequeue, :value nil}
        {:process 1, :type :ok, :f :dequeue, :value 2}
        """;
    assertThat(edn("unordered-queue", twice)).isEqualTo(Verdict.NOT_LINEARIZABLE);
    // An unknown dequeue from a FIFO queue takes the oldest value, so a later one may see the next.
    assertThat(jsonl("fifo-queue", """
        {"client": 0, "op": "enqueue", "value": 1, "call": 0, "return": 1}
        {"client": 0, "op": "enqueue", "value": 2, "call": 2, "return": 3}
        {"client": 1, "op": "dequeue", "call": 4, "return": null}
        {"client": 2, "op": "dequeue", "output": 2, "call": 5, "return": 6}
        """)).isEqualTo(Verdict.LINEARIZABLE);
  }

  @Test
  void wrongShapesAreOneLineErrors() {
    assertThatThrownBy(() -> edn("mutex", "{:process 0, :type :invoke, :f :lock, :value nil}\n"))
        .hasMessageContaining("unknown operation 'lock' for model mutex (expected acquire or release)");
    assertThatThrownBy(() -> edn("multi-register", "{:process 0, :type :invoke, :f :txn, :value [[:read :x]]}\n"))
        .hasMessageContaining("a txn step must be [:read k v] or [:write k v]");
    assertThatThrownBy(() -> jsonl("set", """
        {"client": 0, "op": "read", "output": 3, "call": 2, "return": 3}
        """)).hasMessageContaining("a set's read must be a list of values");
    assertThat(Models.NAMES).contains("mutex", "multi-register", "set", "unordered-queue", "fifo-queue");
    for (String name : List.of("mutex", "multi-register", "set", "unordered-queue", "fifo-queue")) {
      assertThat(Models.byName(name).name()).isEqualTo(name);
    }
  }
}
