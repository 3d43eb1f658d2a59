package io.seedsim.scenarios.course;

import io.seedsim.testkit.SeedRange;
import java.nio.file.Path;
import java.util.List;

/** How one lab test went over its seeds: the thing a scoreboard line says. */
public sealed interface LabTestOutcome {

  LabTestCase test();

  default boolean passed() {
    return this instanceof Passed;
  }

  /** Every seed of the range passed. */
  record Passed(LabTestCase test, SeedRange seeds) implements LabTestOutcome {}

  /**
   * The first failing seed, failing the same way twice.
   *
   * @param page the seed's HTML page, or null if it could not be written
   */
  record Failed(LabTestCase test, long seed, String reason, Path page) implements LabTestOutcome {}

  /** A seed that gave two different runs: the code, not the lab test, is at fault. */
  record NotDeterministic(LabTestCase test, long seed, String firstHash, String secondHash) implements LabTestOutcome {}

  /** Not run: the student's classes break the determinism rules ({@link DeterminismGuard}). */
  record Blocked(LabTestCase test, List<String> findings) implements LabTestOutcome {}
}
