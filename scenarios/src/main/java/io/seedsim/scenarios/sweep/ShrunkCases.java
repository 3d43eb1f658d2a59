package io.seedsim.scenarios.sweep;

import java.util.Map;
import java.util.TreeMap;

/** The case files {@code sweep --shrink DIR} wrote, by failed run, with the line that says so. */
public final class ShrunkCases {
  /** A sweep that shrank nothing. */
  public static final ShrunkCases NONE = new ShrunkCases();

  /** What one shrink gave: the replay command of its case and a few words on its size. */
  public record Shrunk(String replay, String sizes) {}

  private final Map<String, Shrunk> byRun = new TreeMap<>();
  private int skipped;

  public void add(RunOutcome failure, Shrunk shrunk) {
    byRun.put(key(failure), shrunk);
  }

  /** Counts a failure left unshrunk because of the limit. */
  public void skip() {
    skipped++;
  }

  public int skipped() {
    return skipped;
  }

  /** The case of {@code failure}, or null if it was not shrunk. */
  public Shrunk of(RunOutcome failure) {
    return byRun.get(key(failure));
  }

  private static String key(RunOutcome run) {
    return run.scenario() + " " + run.seed();
  }
}
