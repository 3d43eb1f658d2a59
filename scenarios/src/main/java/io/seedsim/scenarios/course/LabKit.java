package io.seedsim.scenarios.course;

import io.seedsim.kvstore.KvImplementation;
import io.seedsim.testkit.SeedRange;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the starter project's test class calls: each lab test runs over a seed range against the
 * student's implementation, fails with its scoreboard line, and the scoreboard prints at the end.
 *
 * <pre>{@code
 * static final LabKit LAB = LabKit.forStudent(KvImplementation.of(KVServer::new, Clerk::new), "kvlab");
 * @Test void TestBasic() { LAB.check("TestBasic"); }
 * @AfterAll static void scoreboard() { LAB.printScoreboard(System.out); }
 * }</pre>
 *
 * <p>{@code -Dseedsim.seed=N} runs one seed, {@code -Dseedsim.seeds=A..B} a range; failing seeds'
 * pages go to {@code target/seedsim/}.
 */
public final class LabKit {

  /** The seeds each lab test runs unless -Dseedsim.seed(s) says otherwise. */
  public static final SeedRange DEFAULT_SEEDS = new SeedRange(0, 99);
  public static final String TEST_CLASS = "LabTest";
  public static final Path PAGES = Path.of("target", "seedsim");

  private final KvImplementation implementation;
  private final String[] packages;
  private final List<LabTestOutcome> outcomes = new ArrayList<>();
  private LabGrader grader;

  private LabKit(KvImplementation implementation, String[] packages) {
    this.implementation = implementation;
    this.packages = packages.clone();
  }

  /** @param packages the student's packages, which the determinism rules check first */
  public static LabKit forStudent(KvImplementation implementation, String... packages) {
    if (packages.length == 0) {
      throw new IllegalArgumentException("name the packages of your code, e.g. \"kvlab\"");
    }
    return new LabKit(implementation, packages);
  }

  /** Runs the lab test named {@code testName} (TestBasic, ...); throws its scoreboard line unless it passes. */
  public synchronized void check(String testName) {
    LabTestCase test = LabTestCase.byName(testName).orElseThrow(
        () -> new IllegalArgumentException("no lab test " + testName + "; known: " + LabTestCase.names()));
    LabTestOutcome outcome = grader().grade(test, seeds());
    outcomes.removeIf(o -> o.test() == test);
    outcomes.add(outcome);
    if (!outcome.passed()) {
      List<String> lines = new ArrayList<>(Scoreboard.preamble(Scoreboard.findingsOf(List.of(outcome))));
      lines.add(scoreboard().line(outcome));
      throw new AssertionError(String.join("\n", lines));
    }
  }

  /** The header and one line per lab test run so far, in the handout's order. */
  public synchronized void printScoreboard(PrintStream out) {
    if (outcomes.isEmpty()) {
      return;
    }
    outcomes.sort((a, b) -> a.test().compareTo(b.test()));
    out.println();
    Scoreboard.preamble(Scoreboard.findingsOf(outcomes)).forEach(out::println);
    out.println(Scoreboard.header(seeds()));
    outcomes.forEach(o -> out.println(scoreboard().line(o)));
    out.println();
    out.flush();
  }

  /** -Dseedsim.seed=N, else -Dseedsim.seeds=A..B, else {@link #DEFAULT_SEEDS}. */
  static SeedRange seeds() {
    String one = System.getProperty("seedsim.seed");
    String range = System.getProperty("seedsim.seeds");
    if (one != null && !one.isBlank()) {
      return SeedRange.parse(one);
    }
    return range != null && !range.isBlank() ? SeedRange.parse(range) : DEFAULT_SEEDS;
  }

  private LabGrader grader() {
    if (grader == null) {
      var classes = DeterminismGuard.importPackages(packages);
      if (classes.isEmpty()) {
        throw new IllegalArgumentException("no compiled classes in package(s) " + String.join(", ", packages));
      }
      grader = new LabGrader(implementation, DeterminismGuard.findings(classes), PAGES, ReplayCommand.maven(TEST_CLASS));
    }
    return grader;
  }

  private static Scoreboard scoreboard() {
    return new Scoreboard(ReplayCommand.maven(TEST_CLASS), Path.of(""));
  }
}
