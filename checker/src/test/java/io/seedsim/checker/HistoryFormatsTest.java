package io.seedsim.checker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.seedsim.checker.model.Nil;
import io.seedsim.checker.model.RegisterOp;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading jsonl, EDN and etcd logs, writing jsonl, and the errors bad input gets. */
class HistoryFormatsTest {
  private final Model<?> kv = Models.byName("kv");
  private final Model<?> linKv = Models.byName("lin-kv");
  private final Model<?> casRegister = Models.byName("cas-register");

  @Test
  void jsonLinesRoundTrip() throws Exception {
    List<Operation> history = List.of(
        new Operation(0, 1, KvInput.put("1", "x"), null, 0, 10),
        new Operation(1, 2, KvInput.append("1", "y"), "x", 5, Operation.UNKNOWN),
        new Operation(2, 3, KvInput.get("1"), "xy", 20, 30));
    StringWriter out = new StringWriter();
    JsonLinesHistory.write(history, out);
    assertThat(out.toString().lines()).hasSize(3);
    assertThat(out.toString()).contains("\"return\":null");
    List<Operation> read = HistoryFormats.parse("h.jsonl", out.toString(), HistoryFormat.JSONL, kv);
    assertThat(read.get(0)).isEqualTo(history.get(0));
    assertThat(read.get(1)).isEqualTo(new Operation(1, 2, KvInput.append("1", "y"), null, 5, Operation.UNKNOWN));
    assertThat(read.get(2)).isEqualTo(history.get(2));
  }

  @Test
  void ednPairsByProcessAndReadsTheConventions() throws Exception {
    String edn = """
        {:process 0, :type :invoke, :f :append, :key "1", :value "a"}
        {:process 1, :type :invoke, :f :append, :key "1", :value "b"}
        {:process :nemesis, :type :info, :f :start, :value nil}
        {:process 0, :type :ok, :f :append, :key "1", :value "a"}
        {:process 1, :type :ok, :f :append, :key "1", :value ""}
        {:process 2, :type :invoke, :f :put, :key "1", :value "z"}
        {:process 3, :type :invoke, :f :get, :key "1", :value nil}
        {:process 3, :type :fail, :f :get, :key "1", :value nil}
        {:process 2, :type :info, :f :put, :key "1", :value nil}
        {:process 4, :type :invoke, :f :get, :key "1", :value nil}
        """;
    List<Operation> ops = HistoryFormats.parse("h.edn", edn, HistoryFormat.EDN, kv);
    assertThat(ops).hasSize(4);
    assertThat(ops.get(0).output()).as("not every append echoes, so each value is the old value").isEqualTo("a");
    assertThat(ops.get(1).output()).isEqualTo("");
    assertThat(ops.get(2).hasReturn()).as(":info is an unknown outcome").isFalse();
    assertThat(ops.get(3).hasReturn()).as("an invoke never completed is an unknown outcome").isFalse();
    assertThat(ops).extracting(Operation::id).containsExactly(0, 1, 2, 3);
  }

  @Test
  void maelstromLinKvTuplesAndAVectorOfEvents() throws Exception {
    String edn = """
        [{:type :invoke, :f :write, :value [0 3], :process 0}
         {:type :ok, :f :write, :value [0 3], :process 0}
         {:type :invoke, :f :cas, :value [0 [3 4]], :process 1}
         {:type :invoke, :f :read, :value [1 nil], :process 0}
         {:type :ok, :f :read, :value [1 nil], :process 0}
         {:type :ok, :f :cas, :value [0 [3 4]], :process 1}]
        """;
    List<Operation> ops = HistoryFormats.parse("h.edn", edn, HistoryFormat.EDN, linKv);
    assertThat(ops).extracting(Operation::input).containsExactly(
        new RegisterOp.Write("0", 3L), new RegisterOp.Cas("0", 3L, 4L), new RegisterOp.Read("1"));
    assertThat(ops.get(2).output()).isEqualTo(Nil.NIL);
    CheckResult result = Linearizability.check(linKv, ops, Duration.ofSeconds(5));
    assertThat(result.verdict()).isEqualTo(Verdict.LINEARIZABLE);
    assertThat(result.partitions()).extracting(PartitionResult::partition).containsExactly("0", "1");
  }

  @Test
  void etcdLogFailedCasMeansTheValueDiffered() throws Exception {
    String log = """
        INFO  jepsen.util - 0\t:invoke\t:write\t1
        INFO  jepsen.util - 0\t:ok\t:write\t1
        INFO  jepsen.util - 1\t:invoke\t:cas\t[1 2]
        INFO  jepsen.util - 1\t:fail\t:cas\t[1 2]
        """;
    List<Operation> ops = HistoryFormats.parse("h.log", log, HistoryFormat.ETCD_LOG, casRegister);
    assertThat(ops.get(1).output()).isEqualTo(Boolean.FALSE);
    assertThat(Linearizability.check(casRegister, ops, null).verdict()).isEqualTo(Verdict.NOT_LINEARIZABLE);
  }

  @Test
  void errorsNameFileLineAndProblem() {
    assertThatThrownBy(() -> HistoryFormats.parse("h.edn", "{:process 0, :type :invoke, :f :get, :key \"1\"}\n"
        + "{:process 0, :type :invoke, :f :get, :key \"1\"}\n", HistoryFormat.EDN, kv))
        .hasMessage("h.edn: line 2: process 0 invokes get while its get from line 1 has not completed");
    assertThatThrownBy(() -> HistoryFormats.parse("h.edn", "{:process 0, :type :invoke, :f :get, :key \"1\"}\n"
        + "{:process 0, :type :ok, :f :put, :key \"1\", :value \"x\"}\n", HistoryFormat.EDN, kv))
        .hasMessage("h.edn: line 2: process 0 completes put but invoked get on line 1");
    assertThatThrownBy(() -> HistoryFormats.parse("h.log", "INFO  jepsen.util - x\t:invoke\t:read\tnil\n",
        HistoryFormat.ETCD_LOG, casRegister))
        .hasMessage("h.log: line 1: the process 'x' is not a non-negative integer");
    assertThatThrownBy(() -> HistoryFormats.parse("h.jsonl", "{\"client\": 1, \"op\": \"get\", \"call\": 1}\n",
        HistoryFormat.JSONL, kv))
        .hasMessage("h.jsonl: line 1: missing field \"return\" (null for an unknown outcome)");
    assertThatThrownBy(() -> HistoryFormats.parse("h.jsonl",
        "{\"client\": 1, \"op\": \"write\", \"value\": 1, \"call\": 1, \"return\": 2}\n", HistoryFormat.JSONL, kv))
        .hasMessageStartingWith("h.jsonl: line 1: unknown operation 'write' for model kv");
  }

  @Test
  void jsonLinesRejectMisspeltFieldsAndTrailingText() {
    assertThatThrownBy(() -> HistoryFormats.parse("h.jsonl",
        "{\"client\": 1, \"op\": \"get\", \"key\": \"1\", \"outptu\": \"x\", \"call\": 1, \"return\": 2}\n",
        HistoryFormat.JSONL, kv))
        .hasMessageStartingWith("h.jsonl: line 1: unknown field \"outptu\"");
    assertThatThrownBy(() -> HistoryFormats.parse("h.jsonl",
        "{\"client\": 1, \"op\": \"get\", \"key\": \"1\", \"call\": 1, \"return\": 2} x\n", HistoryFormat.JSONL, kv))
        .hasMessageStartingWith("h.jsonl: line 1: bad JSON");
  }

  @Test
  void formatsAreGuessedFromFileNames() {
    assertThat(HistoryFormat.guess("a/h.jsonl")).contains(HistoryFormat.JSONL);
    assertThat(HistoryFormat.guess("c10-ok.txt")).contains(HistoryFormat.EDN);
    assertThat(HistoryFormat.guess("history.edn")).contains(HistoryFormat.EDN);
    assertThat(HistoryFormat.guess("etcd_000.log")).contains(HistoryFormat.ETCD_LOG);
    assertThat(HistoryFormat.guess("h.dat")).isEmpty();
  }
}
