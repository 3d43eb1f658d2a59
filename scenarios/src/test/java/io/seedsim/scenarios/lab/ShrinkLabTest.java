package io.seedsim.scenarios.lab;

import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.sim.ChoiceCapture;
import io.seedsim.testkit.CaseFile;
import io.seedsim.testkit.FailureCase;
import io.seedsim.testkit.FailureSignature;
import io.seedsim.testkit.RunResult;
import io.seedsim.testkit.Shrinker;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lab failures shrink to small cases that fail the same way, here and in another JVM. */
class ShrinkLabTest {

  /** Enough runs for these seeds to shrink fully; a bound keeps the test's time small. */
  static final Shrinker SHRINKER = new Shrinker(Duration.ofMinutes(5), 600);

  @Test
  void aLostResetShrinksToTensOfEventsAndReplaysWithTheSameHashInAnotherJvm(@TempDir Path dir) throws Exception {
    LabScenario basic = LabTesting.scenario("basic");
    Shrinker.Shrunk shrunk = SHRINKER.shrink(basic, 0, "dedup-by-key");
    FailureCase c = shrunk.failureCase();
    assertThat(c.before().events()).isGreaterThan(2_000);
    assertThat(c.after().events()).isLessThan(50);
    assertThat(c.signature()).isEqualTo(FailureSignature.of(shrunk.original().failure()));

    Path file = dir.resolve("case.json");
    CaseFile.write(c, file);
    RunResult here = Shrinker.replay(basic, CaseFile.read(file), null);
    assertThat(here.failure()).isEqualTo(c.failure());
    assertThat(here.traceHash()).isEqualTo(c.traceHash());
    assertThat(otherJvm(file, dir)).isEqualTo(c.traceHash() + " " + c.failure());
  }

  @Test
  void aNoDedupFailureStaysADuplicatedAppendAndNeverBecomesNoProgress() {
    RunResult original = LabTesting.scenario("unreliable").run(0, "no-dedup");
    assertThat(original.failure()).contains("already holds the new element");
    Shrinker.Shrunk shrunk = SHRINKER.shrink(LabTesting.scenario("unreliable"), 0, "no-dedup");
    assertThat(shrunk.failureCase().signature().kind()).isEqualTo(FailureSignature.Kind.CLIENT_CHECK);
    assertThat(shrunk.failureCase().failure()).contains("already holds the new element");
    assertThat(shrunk.failureCase().after().events()).isLessThan(original.events());
    // one worker is left, with the append whose reply was lost: the first iteration's reset put is left out too
    assertThat(shrunk.failureCase().after().operations()).isEqualTo(1);
    assertThat(shrunk.failureCase().choices().streams()).filteredOn(s -> s.startsWith("node:client-")).hasSize(1);
  }

  /**
   * Seed 7 fails on client 0's key, but the smallest case keeps a later client: leaving out the
   * clients before it moves every later network choice, so the lost reply's drop has to move to
   * the front with them.
   */
  @Test
  void aClientLeftOutTakesItsMessagesFaultsAlong() {
    RunResult original = LabTesting.scenario("unreliable").run(7, "no-dedup");
    assertThat(original.failure()).startsWith("client 0: ");
    FailureCase c = shrunkLikeItsOriginal(original);
    assertThat(c.after().operations()).isEqualTo(1);
    assertThat(c.choices().streams()).filteredOn(s -> s.startsWith("workload/client-")).singleElement()
        .isNotEqualTo("workload/client-0");
  }

  @Test
  void aStaleReadOfChaosStaysNotLinearizableOnTheSameKey() {
    LabScenario chaos = LabTesting.scenario("chaos");
    RunResult original = chaos.run(6, "local-reads");
    Shrinker.Shrunk shrunk = new Shrinker(Duration.ofMinutes(5), 120).shrink(chaos, 6, "local-reads");
    assertThat(shrunk.failureCase().signature()).isEqualTo(FailureSignature.of(original.failure()));
    assertThat(shrunk.failureCase().signature().kind()).isEqualTo(FailureSignature.Kind.NOT_LINEARIZABLE);
    assertThat(shrunk.failureCase().after().events()).isLessThan(original.events() / 4);
  }

  @Test
  void aRejectionAnsweredByTheWrongServerShrinksToOnePutAndOneGet() {
    RunResult original = LabTesting.scenario("rejection").run(0, "no-shard-check");
    FailureCase c = shrunkLikeItsOriginal(original);
    assertThat(c.failure()).matches("client (\\d): get\\(\"\\1\"\\) returned \"\", expected \"[\\w-]{20}\" .*");
    assertThat(c.after().operations()).isEqualTo(2); // the main client's put and a one-shot get of that key
    assertThat(c.after().events()).isLessThan(original.events() / 5);
  }

  @Test
  void aMissingReplicaShrinksToOneGetThatNeverCompletes() {
    RunResult original = LabTesting.scenario("static-shards").run(0, "primary-only");
    FailureCase c = shrunkLikeItsOriginal(original);
    assertThat(c.failure()).startsWith("0 of 1 gets completed before a quiet window of 2 s, expected 1..1");
    // what is left is the one get's retries for the 2 s window
    assertThat(c.after().events()).isLessThan(original.events() / 4);
  }

  /**
   * Ranked by events alone, a case keeps faults nobody needs when delivering the message costs an
   * event or two (without the last pass this seed's case keeps two); no choice left in the case can
   * be made the simplest any more and still fail the same way with no more operations and at most
   * two more events.
   */
  @Test
  void aShrunkCaseKeepsNoFaultItCanDoWithout() {
    RunResult original = LabTesting.scenario("unreliable-shards").run(2, "local-writes");
    FailureCase c = shrunkLikeItsOriginal(original);
    LabScenario scenario = LabTesting.scenario(c.scenario());
    int needed = 0;
    for (String stream : c.choices().streams()) {
      long[] outcomes = c.choices().outcomes(stream);
      for (int at = 0; at < outcomes.length; at++) {
        if (outcomes[at] == 0) {
          continue;
        }
        long[] zeroed = outcomes.clone();
        zeroed[at] = 0;
        RunResult r = ChoiceCapture.replay(c.seed(), c.choices().with(stream, zeroed),
            () -> scenario.run(c.seed(), c.variant())).result();
        boolean sameFailure = !r.passed() && FailureSignature.of(r.failure()).equals(c.signature());
        assertThat(sameFailure && r.operations() <= c.after().operations()
            && r.events() <= c.after().events() + 2).as("%s[%d] = 0: %s", stream, at, r.failure()).isFalse();
        needed++;
      }
    }
    assertThat(needed).isGreaterThan(1); // the drops that make the lost write
  }

  /** The original's shrunk case, which must fail the same way. */
  private static FailureCase shrunkLikeItsOriginal(RunResult original) {
    FailureCase c =
        SHRINKER.shrink(LabTesting.scenario(original.scenario()), original.seed(), original.variant()).failureCase();
    assertThat(c.signature()).isEqualTo(FailureSignature.of(original.failure()));
    return c;
  }

  private static String otherJvm(Path file, Path dir) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), CaseProbe.class.getName(),
        file.toString()).directory(dir.toFile()).redirectErrorStream(true).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertThat(p.exitValue()).as(out).isZero();
    return out;
  }

  /** Entry point for the other JVM: replays the case file given and prints hash and failure. */
  public static final class CaseProbe {
    public static void main(String[] args) throws Exception {
      FailureCase c = CaseFile.read(Path.of(args[0]));
      RunResult r = Shrinker.replay(LabTesting.scenario(c.scenario()), c, null);
      System.out.println(r.traceHash() + " " + r.failure());
    }
  }
}
