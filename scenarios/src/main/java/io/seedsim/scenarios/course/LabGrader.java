package io.seedsim.scenarios.course;

import io.seedsim.kvstore.KvImplementation;
import io.seedsim.scenarios.lab.LabScenarios;
import io.seedsim.testkit.RunArtifacts;
import io.seedsim.testkit.Replay;
import io.seedsim.testkit.RunResult;
import io.seedsim.testkit.SeedRange;
import io.seedsim.sim.run.Trace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Runs lab tests against a student's implementation. The determinism rules come first: code that
 * breaks them is not run at all. Each lab test runs seed after seed and stops at the first failing
 * one, which runs a second time: the same failure with the same trace hash is a lab failure (and its
 * page is written); anything else means the code is not deterministic.
 */
public final class LabGrader {

  private final KvImplementation student;
  private final List<String> findings;
  private final Path pages;
  private final ReplayCommand replay;

  /**
   * @param findings what {@link DeterminismGuard#findings} said about the student's classes
   * @param pages where a failing seed's page goes (created when needed), or null for none
   */
  public LabGrader(KvImplementation student, List<String> findings, Path pages) {
    this(student, findings, pages, null);
  }

  /** @param replay what a failing seed's page says replays it, or null for bin/seedsim run's form */
  public LabGrader(KvImplementation student, List<String> findings, Path pages, ReplayCommand replay) {
    this.student = new StudentKv(student);
    this.findings = List.copyOf(findings);
    this.pages = pages;
    this.replay = replay;
  }

  public LabTestOutcome grade(LabTestCase test, SeedRange seeds) {
    if (!findings.isEmpty()) {
      return new LabTestOutcome.Blocked(test, findings);
    }
    for (long seed = seeds.first(); seed <= seeds.last(); seed++) {
      RunResult first = run(test, seed);
      if (first.passed()) {
        continue;
      }
      // The second run makes the page (if any) from its own trace: no third simulation.
      RunResult second = run(test, seed, pages == null ? Trace.Mode.HASH_ONLY : Trace.Mode.FULL);
      if (!Objects.equals(first.traceHash(), second.traceHash()) || !first.failure().equals(second.failure())) {
        return new LabTestOutcome.NotDeterministic(test, seed, first.traceHash(), second.traceHash());
      }
      return new LabTestOutcome.Failed(test, seed, first.failure(), writePage(test, second));
    }
    return new LabTestOutcome.Passed(test, seeds);
  }

  /** One run of one seed; anything the student's code throws is a failed run, never an escape. */
  public RunResult run(LabTestCase test, long seed) {
    return run(test, seed, Trace.Mode.HASH_ONLY);
  }

  /** As {@link #run(LabTestCase, long)}, keeping the trace as {@code traceMode} says (for its page). */
  public RunResult run(LabTestCase test, long seed, Trace.Mode traceMode) {
    try {
      var scenario = LabScenarios.byName(test.scenario());
      String command = replay == null ? Replay.command(scenario.name(), seed, StudentKv.LABEL) : replay.replay(test, seed);
      return scenario.run(seed, student, StudentKv.LABEL, command, traceMode);
    } catch (RuntimeException | StackOverflowError e) {
      String message = e.getMessage() == null ? "" : ": " + e.getMessage().replaceAll("\\s*\\R\\s*", " | ");
      return new RunResult(test.scenario(), seed, StudentKv.LABEL, "threw " + e.getClass().getSimpleName() + message,
          null, 0, 0, RunArtifacts.NONE);
    }
  }

  /** The page's file name for a lab test's seed, e.g. TestUnreliable-seed-7.html. */
  public static String pageName(LabTestCase test, long seed) {
    return test.testName() + "-seed-" + seed + ".html";
  }

  private Path writePage(LabTestCase test, RunResult result) {
    if (pages == null) {
      return null;
    }
    Path page = pages.resolve(pageName(test, result.seed()));
    try {
      Files.createDirectories(pages);
      result.artifacts().writeHtml(page);
      return page;
    } catch (IOException | RuntimeException e) {
      return null; // the scoreboard still has the replay command
    }
  }
}
