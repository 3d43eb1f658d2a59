package io.seedsim.scenarios.course;

import io.seedsim.testkit.SeedRange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One line per lab test: PASS, or FAIL with the first failing seed, the command that replays it,
 * its page and the reason. The student's Maven run and {@code bin/seedsim lab test} print the same.
 */
public final class Scoreboard {

  private final ReplayCommand replay;
  private final Path workingDirectory;

  /** @param workingDirectory where the reader is, so page paths print relative to it */
  public Scoreboard(ReplayCommand replay, Path workingDirectory) {
    this.replay = replay;
    this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
  }

  public static String header(SeedRange seeds) {
    return "seedsim lab scoreboard (" + StudentKv.LABEL + ", seeds " + seeds + "):";
  }

  /** The lines to print above the scoreboard: every determinism finding, if any. */
  public static List<String> preamble(List<String> findings) {
    List<String> lines = new ArrayList<>();
    if (!findings.isEmpty()) {
      lines.add("determinism guard: your code would not replay the same way twice, so no lab test ran:");
      findings.forEach(f -> lines.add("  " + f));
    }
    return lines;
  }

  /** The findings that blocked any of {@code outcomes}, or none. */
  public static List<String> findingsOf(List<LabTestOutcome> outcomes) {
    return outcomes.stream()
        .filter(LabTestOutcome.Blocked.class::isInstance)
        .map(o -> ((LabTestOutcome.Blocked) o).findings())
        .findFirst()
        .orElse(List.of());
  }

  public String line(LabTestOutcome outcome) {
    String name = String.format("%-21s", outcome.test().testName());
    if (outcome instanceof LabTestOutcome.Passed p) {
      return "PASS " + name + " seeds " + p.seeds();
    } else if (outcome instanceof LabTestOutcome.Failed f) {
      String page = f.page() == null ? "" : "  page: " + relative(f.page());
      return "FAIL " + name + " seed " + f.seed() + "  replay: " + replay.replay(f.test(), f.seed()) + page
          + "  reason: " + f.reason();
    } else if (outcome instanceof LabTestOutcome.NotDeterministic n) {
      return "FAIL " + name + " seed " + n.seed() + "  your code is not deterministic: two runs of this seed gave traces "
          + n.firstHash() + " and " + n.secondHash() + " (state kept in a static field? a clock, a thread, hash order?)"
          + "  replay: " + replay.replay(n.test(), n.seed());
    }
    LabTestOutcome.Blocked b = (LabTestOutcome.Blocked) outcome;
    String more = b.findings().size() > 1 ? " (and " + (b.findings().size() - 1) + " more)" : "";
    return "FAIL " + name + " not run: " + b.findings().get(0) + more;
  }

  private String relative(Path page) {
    Path absolute = page.toAbsolutePath().normalize();
    return absolute.startsWith(workingDirectory) ? workingDirectory.relativize(absolute).toString() : absolute.toString();
  }
}
