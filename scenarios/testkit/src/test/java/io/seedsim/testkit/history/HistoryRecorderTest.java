package io.seedsim.testkit.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.seedsim.checker.JsonLinesHistory;
import io.seedsim.checker.Linearizability;
import io.seedsim.checker.Model;
import io.seedsim.checker.Models;
import io.seedsim.checker.Operation;
import io.seedsim.checker.Verdict;
import io.seedsim.sim.Address;
import io.seedsim.sim.Node;
import io.seedsim.sim.NodeContext;
import io.seedsim.sim.run.FaultPlan;
import io.seedsim.sim.run.Simulation;
import io.seedsim.sim.run.Trace;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryRecorderTest {

  /** A node that only hands out its context. */
  static final class Host implements Node {
    NodeContext ctx;

    @Override
    public void onStart(NodeContext ctx) {
      this.ctx = ctx;
    }
  }

  private final HistoryRecorder recorder = new HistoryRecorder();
  private final Simulation sim = new Simulation(1, FaultPlan.NONE, Trace.Mode.FULL);
  private final Host host = new Host();

  private NodeContext started() {
    sim.addNode(Address.of("client", 0), () -> host);
    sim.run(0, 10);
    return host.ctx;
  }

  @Test
  void callsAndReturnsGoIntoTheTraceUnderTheOperationsId() {
    NodeContext ctx = started();
    int write = recorder.invoke(ctx, 0, "write", null, 7L);
    recorder.complete(ctx, write, null);
    int read = recorder.invoke(ctx, 0, "read", null, null);
    recorder.complete(ctx, read, 7L);

    assertThat(String.join("\n", sim.trace().lines()))
        .contains("client 0 write(7)")
        .contains("client 0 read()");
    assertThat(recorder.calls()).extracting(RecordedCall::id).containsExactly(write, read);
    assertThat(recorder.inFlight()).isZero();
  }

  @Test
  void turnsIntoOperationsOfAnyModel() {
    NodeContext ctx = started();
    recorder.complete(ctx, recorder.invoke(ctx, 0, "write", null, 1L), null);
    recorder.complete(ctx, recorder.invoke(ctx, 1, "read", null, null), 2L); // 2 was never written
    Model<?> register = Models.byName("register");

    List<Operation> ops = recorder.operations(register);

    assertThat(ops).hasSize(2);
    assertThat(ops.get(1).client()).isEqualTo(1);
    assertThat(Linearizability.check(register, ops, Duration.ofSeconds(10)).verdict()).isEqualTo(Verdict.NOT_LINEARIZABLE);
    assertThatThrownBy(() -> recorder.operations(Models.byName("kv"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anOperationGivenUpOnHasAnUnknownOutcomeAndIsNoLongerInFlight() {
    NodeContext ctx = started();
    int id = recorder.invoke(ctx, 2, "write", null, 5L);
    assertThat(recorder.inFlight()).isEqualTo(1);
    assertThat(recorder.inFlightSummary(3)).isEqualTo("client 2 write(5)");

    recorder.abandon(ctx, id, "timed out");

    assertThat(recorder.inFlight()).isZero();
    assertThat(recorder.call(id).returned()).isFalse();
    assertThat(recorder.operations(Models.byName("register")).get(0).hasReturn()).isFalse();
  }

  @Test
  void writesJsonLinesThatTheCheckerReadsBack() throws Exception {
    NodeContext ctx = started();
    recorder.complete(ctx, recorder.invoke(ctx, 0, "put", "k", "a"), null);
    recorder.complete(ctx, recorder.invoke(ctx, 1, "append", "k", "b"), "a");
    recorder.invoke(ctx, 2, "get", "k", null);
    StringWriter out = new StringWriter();

    recorder.write(out);

    assertThat(out.toString()).contains("\"op\":\"append\"").contains("\"return\":null");
    List<Operation> back = JsonLinesHistory.read("h.jsonl", new java.io.StringReader(out.toString()), Models.byName("kv"), io.seedsim.checker.search.Deadline.after(java.time.Duration.ofSeconds(10)));
    assertThat(back).hasSize(3);
    assertThat(back.get(2).hasReturn()).isFalse();
  }
}
