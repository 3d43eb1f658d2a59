package io.seedsim.testkit.example.cas;

import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.checker.HistoryFormats;
import io.seedsim.checker.Linearizability;
import io.seedsim.checker.Model;
import io.seedsim.checker.Models;
import io.seedsim.checker.Operation;
import io.seedsim.checker.Outcome;
import io.seedsim.checker.Verdict;
import io.seedsim.sim.run.Trace;
import io.seedsim.testkit.RunResult;
import io.seedsim.testkit.SimulationTest;
import io.seedsim.testkit.SystemScenario;
import io.seedsim.testkit.history.HistoryRecorder;
import io.seedsim.testkit.history.RecordedCall;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A definitely failed cas on a user's system: the cas register's clients promise a cas's
 * true/false, the recorder keeps a false as the checker's FAILED, and the history file written
 * for {@code seedsim check} says the same. The server that runs a retried cas twice answers
 * "false" for a cas that applied; only a definite failure lets the checker see that.
 */
class CasRegisterTest {

  private static final Model<?> CAS_REGISTER = Models.byName("cas-register");
  private static final Duration BUDGET = Duration.ofSeconds(30);

  private final SystemScenario cas = (SystemScenario) new CasScenarios().get().find("cas").orElseThrow();

  @TempDir Path dir;

  @SimulationTest(seeds = 3, scenario = "cas", registry = CasScenarios.class)
  void theCorrectRegisterIsLinearizable(RunResult result) {
    assertThat(result.operations()).isPositive();
  }

  @Test
  void failedCasesAreRecordedCheckedAndReadBackTheSame() throws Exception {
    List<RecordedCall> calls = cas.simulate(0, "none", Trace.Mode.HASH_ONLY).run().history().calls();
    List<RecordedCall> cases = calls.stream().filter(RecordedCall::isCas).toList();
    assertThat(cases).extracting(RecordedCall::outcome).contains(Outcome.OK, Outcome.FAILED);

    List<Operation> back = writtenAndReadBack(0, "none");

    assertThat(Linearizability.check(CAS_REGISTER, HistoryRecorder.operations(CAS_REGISTER, calls), BUDGET).verdict())
        .isEqualTo(Verdict.LINEARIZABLE);
    assertThat(Linearizability.check(CAS_REGISTER, back, BUDGET).verdict()).isEqualTo(Verdict.LINEARIZABLE);
    assertThat(back.stream().filter(op -> Boolean.FALSE.equals(op.output())).count())
        .isEqualTo(cases.stream().filter(c -> c.outcome() == Outcome.FAILED).count());
  }

  @Test
  void aCasThatAppliedButAnsweredFalseIsCaughtOnlyAsADefiniteFailure() throws Exception {
    long seed = LongStream.range(0, 10)
        .filter(s -> !cas.run(s, CasScenarios.NO_DEDUP).passed())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no seed of 0..9 caught the server that runs retries twice"));
    List<RecordedCall> calls = cas.simulate(seed, CasScenarios.NO_DEDUP, Trace.Mode.HASH_ONLY).run().history().calls();

    assertThat(cas.run(seed, CasScenarios.NO_DEDUP).failure()).startsWith("history not linearizable: ");
    assertThat(Linearizability.check(CAS_REGISTER, writtenAndReadBack(seed, CasScenarios.NO_DEDUP), BUDGET).verdict())
        .isEqualTo(Verdict.NOT_LINEARIZABLE);
    // Recorded as unknown instead (a recorder that can only complete or abandon), the same cases hide the bug.
    List<RecordedCall> unknown = calls.stream()
        .map(c -> c.outcome() != Outcome.FAILED ? c : new RecordedCall(c.id(), c.client(), c.function(), c.key(),
            c.value(), null, c.callMicros(), Operation.UNKNOWN, Outcome.UNKNOWN))
        .toList();
    assertThat(Linearizability.check(CAS_REGISTER, HistoryRecorder.operations(CAS_REGISTER, unknown), BUDGET).verdict())
        .isEqualTo(Verdict.LINEARIZABLE);
  }

  /** The run's history file, as {@code bin/seedsim run --history} writes it and {@code check} reads it. */
  private List<Operation> writtenAndReadBack(long seed, String variant) throws Exception {
    Path file = dir.resolve("cas-" + seed + "-" + variant + ".jsonl");
    cas.run(seed, variant).artifacts().writeHistory(file);
    return HistoryFormats.read(file, CAS_REGISTER);
  }
}
