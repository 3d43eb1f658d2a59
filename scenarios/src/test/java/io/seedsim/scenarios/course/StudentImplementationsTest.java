package io.seedsim.scenarios.course;

import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.kvstore.KvImplementation;
import io.seedsim.scenarios.course.leaky.CountingServer;
import io.seedsim.scenarios.course.random.RandomIdClerk;
import io.seedsim.scenarios.course.student.Clerk;
import io.seedsim.scenarios.course.student.KVServer;
import io.seedsim.scenarios.course.student.NoDedupServer;
import io.seedsim.testkit.SeedRange;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Implementations a student could write from HANDOUT.md (package student: its own messages, not
 * the reference), run in-process the way the starter project's LabTest runs them.
 */
class StudentImplementationsTest {

  static final String STUDENT = "io.seedsim.scenarios.course.student";
  static final KvImplementation GOOD = KvImplementation.of(KVServer::new, Clerk::new);
  static final KvImplementation NO_DEDUP = KvImplementation.of(NoDedupServer::new, Clerk::new);

  @ParameterizedTest
  @EnumSource(LabTestCase.class)
  void aSolutionFromTheHandoutPassesEveryLabTestAndChaosOver200Seeds(LabTestCase test) {
    LabGrader grader = new LabGrader(GOOD, DeterminismGuard.findings(DeterminismGuard.importPackages(STUDENT)), null);
    assertThat(grader.grade(test, new SeedRange(0, 199))).isEqualTo(new LabTestOutcome.Passed(test, new SeedRange(0, 199)));
  }

  @Test
  void withoutDuplicateDetectionTheTwoUnreliableTestsFailWithAReplayThatReproducesTheFailure() {
    LabKit lab = LabKit.forStudent(NO_DEDUP, STUDENT);
    for (String test : List.of("TestUnreliable", "TestUnreliableOneKey")) {
      String line = failureOf(() -> lab.check(test));
      assertThat(line).startsWith("FAIL " + test).contains("reason: ").doesNotContain("correct implementation");
      Matcher replay = Pattern.compile("replay: mvn test -Dtest=LabTest#" + test + " -Dseedsim.seed=(\\d+)  page: ").matcher(line);
      assertThat(replay.find()).as(line).isTrue();
      String reason = line.substring(line.indexOf("reason: "));

      // What the printed command does: run that one test for that one seed.
      String replayed = withSeed(replay.group(1), () -> failureOf(() -> LabKit.forStudent(NO_DEDUP, STUDENT).check(test)));
      assertThat(replayed).endsWith(reason).contains(" seed " + replay.group(1) + " ");
    }
    // The tests that drop nothing still pass without it.
    withSeed("0..19", () -> {
      lab.check("TestBasic");
      return null;
    });
  }

  @Test
  void aClassUsingJavaUtilRandomIsStoppedByTheGuardWhichNamesIt() {
    KvImplementation random = KvImplementation.of(KVServer::new, RandomIdClerk::new);
    String line = failureOf(() -> LabKit.forStudent(random, "io.seedsim.scenarios.course.random").check("TestBasic"));
    assertThat(line)
        .contains("determinism guard")
        .contains("RandomIdClerk calls java.util.Random: use ctx.random() (RandomIdClerk.java:")
        .containsPattern("FAIL TestBasic +not run: RandomIdClerk calls java.util.Random")
        .doesNotContain("more)");
  }

  @Test
  void twoRunsOfOneSeedThatDifferAreReportedAsNondeterminismNotAsALabFailure() {
    KvImplementation leaky = KvImplementation.of(CountingServer::new, Clerk::new);
    LabTestOutcome outcome = new LabGrader(leaky, List.of(), null).grade(LabTestCase.UNRELIABLE, new SeedRange(0, 50));
    assertThat(outcome).isInstanceOf(LabTestOutcome.NotDeterministic.class);
    String line = new Scoreboard(ReplayCommand.maven("LabTest"), Path.of("")).line(outcome);
    assertThat(line).contains("your code is not deterministic").doesNotContain("reason:");
  }

  static String failureOf(Runnable check) {
    try {
      check.run();
    } catch (AssertionError e) {
      return e.getMessage();
    }
    throw new AssertionError("expected the lab test to fail");
  }

  static <T> T withSeed(String seed, Supplier<T> body) {
    String before = System.getProperty("seedsim.seed");
    try {
      if (seed == null) {
        System.clearProperty("seedsim.seed");
      } else {
        System.setProperty("seedsim.seed", seed);
      }
      return body.get();
    } finally {
      if (before == null) {
        System.clearProperty("seedsim.seed");
      } else {
        System.setProperty("seedsim.seed", before);
      }
    }
  }
}
