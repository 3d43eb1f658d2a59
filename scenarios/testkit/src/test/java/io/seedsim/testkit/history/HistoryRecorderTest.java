package io.seedsim.testkit.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.seedsim.checker.JsonLinesHistory;
import io.seedsim.checker.Linearizability;
import io.seedsim.checker.Model;
import io.seedsim.checker.Models;
import io.seedsim.checker.Operation;
import io.seedsim.checker.Outcome;
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

  @Test
  void aFailedCasIsTheCheckersFailedOutcomeInMemoryAndInTheFile() throws Exception {
    NodeContext ctx = started();
    Model<?> casRegister = Models.byName("cas-register");
    recorder.complete(ctx, recorder.invoke(ctx, 0, "write", null, 1L), null);
    int failed = recorder.invoke(ctx, 1, "cas", null, List.of(1L, 2L));
    recorder.fail(ctx, failed, "the value was not 1");
    // 2 is read, but only the cas writes it: in any order, with the cas failed, not linearizable
    // (had the cas applied, or been unknown, it would be)
    recorder.complete(ctx, recorder.invoke(ctx, 0, "read", null, null), 2L);
    StringWriter out = new StringWriter();
    recorder.write(out);
    List<Operation> back = JsonLinesHistory.read("h.jsonl", new java.io.StringReader(out.toString()), casRegister,
        io.seedsim.checker.search.Deadline.after(Duration.ofSeconds(10)));

    assertThat(recorder.call(failed).outcome()).isEqualTo(Outcome.FAILED);
    assertThat(recorder.inFlight()).isZero();
    assertThat(String.join("\n", sim.trace().lines())).contains("failed: the value was not 1");
    assertThat(out.toString()).contains("\"op\":\"cas\",\"value\":[1,2],\"output\":false");
    assertThat(Linearizability.check(casRegister, recorder.operations(casRegister), Duration.ofSeconds(10)).verdict())
        .isEqualTo(Verdict.NOT_LINEARIZABLE);
    assertThat(Linearizability.check(casRegister, back, Duration.ofSeconds(10)).verdict())
        .isEqualTo(Verdict.NOT_LINEARIZABLE);
  }

  @Test
  void aCasCompletedWithFalseFailedAndOneWithNothingApplied() throws Exception {
    NodeContext ctx = started();
    int no = recorder.invoke(ctx, 0, "cas", null, List.of(5L, 6L));
    recorder.complete(ctx, no, false);
    int yes = recorder.invoke(ctx, 0, "cas", null, List.of(0L, 6L));
    recorder.complete(ctx, yes, null);
    StringWriter out = new StringWriter();
    recorder.write(out);

    assertThat(recorder.call(no).outcome()).isEqualTo(Outcome.FAILED);
    assertThat(recorder.call(yes).outcome()).isEqualTo(Outcome.OK);
    assertThat(out.toString().lines()).hasSize(2).allSatisfy(line -> assertThat(line).contains("\"output\":"));
    assertThat(out.toString().lines().toList().get(1)).contains("\"output\":true");
  }

  @Test
  void onlyACasCanFailAndACasReturnsABoolean() {
    NodeContext ctx = started();
    int write = recorder.invoke(ctx, 0, "write", null, 1L);
    int cas = recorder.invoke(ctx, 1, "cas", null, List.of(1L, 2L));

    assertThatThrownBy(() -> recorder.fail(ctx, write, "rejected"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only a cas can definitely fail");
    assertThatThrownBy(() -> recorder.complete(ctx, cas, "OK"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a cas returns true (it applied) or false");
    assertThat(recorder.inFlight()).isEqualTo(2);
  }

  @Test
  void aReadOfNilIsWrittenAsObservedAndReadBackWithTheSameVerdict() throws Exception {
    NodeContext ctx = started();
    Model<?> register = Models.byName("register");
    recorder.complete(ctx, recorder.invoke(ctx, 0, "write", null, 1L), null);
    sim.at(1_000, () -> recorder.complete(ctx, recorder.invoke(ctx, 1, "read", null, null), null)); // nil, after the write
    sim.run(10_000, 100);
    StringWriter out = new StringWriter();
    recorder.write(out);
    List<Operation> back = JsonLinesHistory.read("h.jsonl", new java.io.StringReader(out.toString()), register,
        io.seedsim.checker.search.Deadline.after(Duration.ofSeconds(10)));

    assertThat(out.toString().lines().toList().get(1)).startsWith("{").contains("\"op\":\"read\",\"output\":null,");
    assertThat(Linearizability.check(register, recorder.operations(register), Duration.ofSeconds(10)).verdict())
        .isEqualTo(Verdict.NOT_LINEARIZABLE);
    assertThat(Linearizability.check(register, back, Duration.ofSeconds(10)).verdict())
        .isEqualTo(Verdict.NOT_LINEARIZABLE);
  }

  @Test
  void listenersHearEachCallAndItsReturnAsTheyAreRecordedInTheOrderTheyCame() {
    NodeContext ctx = started();
    List<String> heard = new java.util.ArrayList<>();
    recorder.listen(new HistoryListener() {
      @Override
      public void invoked(RecordedCall call) {
        heard.add("invoked " + call.describe() + " returned " + call.returned());
      }

      @Override
      public void returned(RecordedCall call) {
        heard.add("returned " + call.describe() + " -> " + call.output());
      }
    });
    recorder.listen(new HistoryListener() {
      @Override
      public void invoked(RecordedCall call) {
        heard.add("second hears " + call.describe());
      }

      @Override
      public void returned(RecordedCall call) {
        heard.add("second hears its return");
      }
    });
    int write = recorder.invoke(ctx, 0, "write", null, 7L);
    int read = recorder.invoke(ctx, 1, "read", null, null);
    recorder.complete(ctx, read, 7L);
    recorder.abandon(ctx, write, "timed out"); // its outcome stays unknown: it never returns

    assertThat(heard).containsExactly(
        "invoked write(7) returned false", "second hears write(7)",
        "invoked read() returned false", "second hears read()",
        "returned read() -> 7", "second hears its return");
  }

  @Test
  void aLiveCheckSettlesWhatItFollowedFromTheStartAndNothingElse() {
    NodeContext ctx = started();
    Model<?> register = Models.byName("register");
    LiveCheck fromTheStart = LiveCheck.decoding(register).follow(recorder);
    int write = recorder.invoke(ctx, 0, "write", null, 1L);
    LiveCheck late = LiveCheck.decoding(register).follow(recorder); // has not seen the write's call
    ctx.setTimer(10, "write returns", () -> recorder.complete(ctx, write, null));
    ctx.setTimer(20, "read", () -> {
      int read = recorder.invoke(ctx, 0, "read", null, null);
      ctx.setTimer(10, "read returns", () -> recorder.complete(ctx, read, 1L));
    });
    sim.run(1_000, 100);

    assertThat(fromTheStart.linearizable()).isTrue();
    assertThat(late.linearizable()).isFalse();
  }
}
