package io.seedsim.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Runs one seed twice and compares: the same scenario, seed and build must give the same trace.
 * When they do not, it points at the first line where the two full traces differ (as madsim's
 * double run does, but saying where), which is usually the first use of the wall clock, a hash
 * order or a shared variable.
 */
public final class DeterminismCheck {
  private DeterminismCheck() {}

  /** The result of the first run, and where a second run differs from it, if it does. */
  public record Report(RunResult first, Optional<Divergence> divergence) {}

  public static Report check(Scenario scenario, long seed, String variant) {
    RunResult first = GuardedRun.execute(scenario, seed, variant);
    RunResult second = GuardedRun.execute(scenario, seed, variant);
    try {
      List<String> a = fullTrace(first);
      List<String> b = fullTrace(second);
      Optional<Divergence> lines = firstDifference(a, b, first.traceHash(), second.traceHash());
      if (lines.isPresent() || java.util.Objects.equals(first.traceHash(), second.traceHash())) {
        return new Report(first, lines);
      }
      return new Report(first, Optional.of(new Divergence(0, null, null, first.traceHash(), second.traceHash())));
    } catch (IOException e) {
      throw new UncheckedIOException("the determinism check could not write a trace: " + e.getMessage(), e);
    }
  }

  /** The first line where {@code a} and {@code b} differ, if any. */
  public static Optional<Divergence> firstDifference(List<String> a, List<String> b, String hashA, String hashB) {
    int n = Math.max(a.size(), b.size());
    for (int i = 0; i < n; i++) {
      String x = i < a.size() ? a.get(i) : "(end of trace)";
      String y = i < b.size() ? b.get(i) : "(end of trace)";
      if (!x.equals(y)) {
        return Optional.of(new Divergence(i + 1, x, y, hashA, hashB));
      }
    }
    return Optional.empty();
  }

  private static List<String> fullTrace(RunResult result) throws IOException {
    Path file = Files.createTempFile("seedsim-determinism-", ".jsonl");
    try {
      result.artifacts().writeTrace(file);
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
