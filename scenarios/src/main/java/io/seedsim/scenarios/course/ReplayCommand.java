package io.seedsim.scenarios.course;

/** The command a scoreboard prints to replay exactly one seed of one lab test and write its page. */
public interface ReplayCommand {

  String replay(LabTestCase test, long seed);

  /** From the student's project directory: Maven runs that one test for that one seed. */
  static ReplayCommand maven(String testClass) {
    return (test, seed) -> "mvn test -Dtest=" + testClass + "#" + test.testName() + " -Dseedsim.seed=" + seed;
  }

  /** From where {@code bin/seedsim lab test DIR} ran: {@code lab run} writes the page it names. */
  static ReplayCommand labRun(String projectDir) {
    return (test, seed) -> "bin/seedsim lab run " + projectDir + " --test " + test.testName() + " --seed " + seed
        + " --html " + LabGrader.pageName(test, seed);
  }
}
