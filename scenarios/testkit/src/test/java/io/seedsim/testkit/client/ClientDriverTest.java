package io.seedsim.testkit.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.sim.ChoiceCapture;
import io.seedsim.sim.Choices;
import io.seedsim.sim.Promise;
import io.seedsim.sim.SimRandom;
import io.seedsim.sim.run.FaultPlan;
import io.seedsim.sim.run.RunStatus;
import io.seedsim.sim.run.Simulation;
import io.seedsim.sim.run.Trace;
import io.seedsim.testkit.history.HistoryRecorder;
import io.seedsim.testkit.history.RecordedCall;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ClientDriverTest {

  /** The system under test: one local register per client node, answered after 1 ms. */
  private static Performer localRegister(Long[] value) {
    return (ctx, op) -> ctx.sleep(1_000, "work").then(v -> {
      if (op.function().equals("write")) {
        value[0] = (Long) op.value();
        return null;
      }
      return value[0];
    });
  }

  private static HistoryRecorder run(ClientDriver.Builder builder, HistoryRecorder recorder) {
    Simulation sim = new Simulation(42, FaultPlan.NONE, Trace.Mode.HASH_ONLY);
    ClientDriver driver = builder.build();
    driver.addTo(sim);
    boolean[] done = {false};
    driver.done().whenComplete((v, e) -> done[0] = true);
    assertThat(sim.run(60_000_000, 1_000_000)).isEqualTo(RunStatus.QUIESCENT);
    assertThat(done[0]).isTrue();
    return recorder;
  }

  @Test
  void eachClientRunsAClosedLoopUntilItsStop() {
    HistoryRecorder recorder = new HistoryRecorder();
    run(ClientDriver.builder(recorder)
        .clients(3)
        .generator(client -> Generators.register())
        .think(ThinkTime.fixed(500))
        .stop(Stop.afterOperations(5))
        .performer(localRegister(new Long[1])), recorder);

    Map<Integer, List<RecordedCall>> byClient = new TreeMap<>();
    recorder.calls().forEach(c -> byClient.computeIfAbsent(c.client(), k -> new ArrayList<>()).add(c));
    assertThat(byClient.keySet()).containsExactly(0, 1, 2);
    for (List<RecordedCall> calls : byClient.values()) {
      assertThat(calls).hasSize(5);
      for (int i = 1; i < calls.size(); i++) { // closed loop: the next call waits for the return and the think time
        assertThat(calls.get(i).callMicros()).isGreaterThanOrEqualTo(calls.get(i - 1).returnMicros() + 500);
      }
    }
  }

  @Test
  void everyWriteHasAValueOfItsOwnAndStopAtEndsClientsInTime() {
    HistoryRecorder recorder = new HistoryRecorder();
    run(ClientDriver.builder(recorder)
        .clients(4)
        .generator(client -> Generators.register())
        .think(ThinkTime.uniform(0, 2_000))
        .stop(Stop.atMicros(200_000))
        .performer(localRegister(new Long[1])), recorder);

    List<Object> written = recorder.calls().stream().filter(c -> c.function().equals("write")).map(RecordedCall::value).toList();
    assertThat(written).hasSizeGreaterThan(20);
    assertThat(new HashSet<>(written)).hasSameSizeAs(written);
    assertThat(recorder.calls()).allSatisfy(c -> assertThat(c.callMicros()).isLessThan(200_000 + 2_000));
  }

  @Test
  void aFailedOperationIsGivenUpOnAndTheClientGoesOnAsANewProcess() {
    HistoryRecorder recorder = new HistoryRecorder();
    Performer failsFirst = (ctx, op) -> recorder.calls().size() == 1
        ? Promise.failed(new IllegalStateException("timed out"))
        : Promise.completed(null);
    run(ClientDriver.builder(recorder)
        .clients(2)
        .generator(client -> Generators.limit(3, Generators.write()))
        .performer(failsFirst), recorder);

    assertThat(recorder.calls()).hasSize(6);
    assertThat(recorder.calls().get(0).returned()).isFalse();
    assertThat(recorder.calls()).extracting(RecordedCall::client).contains(2); // client 0 went on as process 0 + 2
  }

  @Test
  void firstOperationsRunBeforeTheGeneratorsAndCountAsOperations() {
    HistoryRecorder recorder = new HistoryRecorder();
    run(ClientDriver.builder(recorder)
        .clients(2)
        .first(client -> List.of(ClientOp.of("write", null, 100L + client), ClientOp.of("read", null, null)))
        .generator(client -> Generators.limit(2, Generators.write()))
        .stop(Stop.afterOperations(3))
        .performer(localRegister(new Long[1])), recorder);

    List<RecordedCall> client0 = recorder.calls().stream().filter(c -> c.client() == 0).toList();
    assertThat(client0).extracting(RecordedCall::function).containsExactly("write", "read", "write");
    assertThat(client0.get(0).value()).isEqualTo(100L);
    assertThat(client0.get(2).value()).isEqualTo(1L); // the generator's first draw still has index 0
  }

  @Test
  void aShrunkCaseThatStopsEveryClientAtOnceStillRunsTheFirstOperations() {
    // An empty script: every proceed() says stop, as past the end of a shrunk case's choices.
    HistoryRecorder withFirst = new HistoryRecorder();
    ChoiceCapture.replay(42, Choices.of(Map.of()), () -> run(ClientDriver.builder(withFirst)
        .clients(3)
        .first(client -> List.of(ClientOp.of("write", null, 0L)))
        .generator(client -> Generators.register())
        .performer(localRegister(new Long[1])), withFirst));
    HistoryRecorder without = new HistoryRecorder();
    ChoiceCapture.replay(42, Choices.of(Map.of()), () -> run(ClientDriver.builder(without)
        .clients(3)
        .generator(client -> Generators.register())
        .performer(localRegister(new Long[1])), without));

    assertThat(withFirst.calls()).extracting(RecordedCall::client).containsExactlyInAnyOrder(0, 1, 2);
    assertThat(withFirst.calls()).extracting(RecordedCall::function).containsOnly("write");
    assertThat(without.calls()).isEmpty();
  }

  @Test
  void kvMixesDrawTheKeyThenTheFunction() {
    Generator kv = Generators.kv(List.of("a", "b"));
    SimRandom random = new SimRandom(9);
    List<ClientOp> ops = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      ops.add(kv.next(new Draw(3, i, random, 0)));
    }
    assertThat(ops).extracting(ClientOp::function).contains("get", "put", "append");
    assertThat(ops).extracting(ClientOp::key).containsOnly("a", "b");
    assertThat(ops).filteredOn(o -> o.function().equals("put")).allSatisfy(o -> assertThat((String) o.value()).startsWith("p3."));
  }
}
