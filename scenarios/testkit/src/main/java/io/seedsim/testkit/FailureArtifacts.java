package io.seedsim.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a failed run's page, trace and history into one directory, so a failure in CI leaves
 * something to look at: {@code page.html}, {@code trace.jsonl} and {@code history.jsonl}.
 */
public final class FailureArtifacts {
  private FailureArtifacts() {}

  /** Where JUnit failures go, under the module's directory: {@code target/seedsim}. */
  public static final Path JUNIT_ROOT = Path.of("target", "seedsim");

  /**
   * Writes what {@code result} kept into {@code directory} (made if missing) and returns one line
   * for the failure message: where they are, or why some could not be written.
   */
  public static String write(RunResult result, Path directory) {
    return write(result, directory, null);
  }

  /**
   * As {@link #write(RunResult, Path)}, with a page that names {@code replayCommand} (null: the
   * artifacts' own) as the command that replays the run.
   */
  public static String write(RunResult result, Path directory, String replayCommand) {
    RunArtifacts artifacts = replayCommand == null ? result.artifacts() : result.artifacts().replayedBy(replayCommand);
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      return "artifacts: cannot make " + directory + ": " + e.getMessage();
    }
    StringBuilder problems = new StringBuilder();
    write(artifacts::writeHtml, directory.resolve("page.html"), problems);
    write(artifacts::writeTrace, directory.resolve("trace.jsonl"), problems);
    write(artifacts::writeHistory, directory.resolve("history.jsonl"), problems);
    return "artifacts: " + directory + " (page.html, trace.jsonl, history.jsonl)" + problems;
  }

  private interface Writer {
    void write(Path file) throws IOException;
  }

  private static void write(Writer writer, Path file, StringBuilder problems) {
    try {
      writer.write(file);
    } catch (IOException | RuntimeException e) {
      problems.append("; ").append(file.getFileName()).append(" not written: ").append(GuardedRun.describe(e));
    }
  }
}
