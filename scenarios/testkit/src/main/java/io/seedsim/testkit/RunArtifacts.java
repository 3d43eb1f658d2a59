package io.seedsim.testkit;

import java.io.IOException;
import java.nio.file.Path;

/** What a finished run can write for a person to look at. */
public interface RunArtifacts {

  /** The checked history, as JSON lines in the checker's format. */
  void writeHistory(Path file) throws IOException;

  /** The full trace, one record per JSON line (see docs/trace-format.md). */
  void writeTrace(Path file) throws IOException;

  /** One self-contained HTML page with the history and trace views. */
  void writeHtml(Path file) throws IOException;

  /**
   * The page of a shrunk case: as {@link #writeHtml}, and it says the run is a case shrunk from
   * {@code originalSeed}, replayed by {@code caseCommand}. Artifacts that cannot say so write the
   * plain page.
   */
  default void writeCaseHtml(Path file, String caseCommand, long originalSeed) throws IOException {
    writeHtml(file);
  }

  /**
   * The same artifacts, whose page names {@code command} as the one that replays the run: for a
   * user's own scenario, {@code bin/seedsim run} with its {@code --classpath} and {@code
   * --registry}, or the Maven command of its test. Artifacts whose page names no command, or
   * knows a better one (a shrunk case's), return themselves.
   */
  default RunArtifacts replayedBy(String command) {
    return this;
  }

  /** For runs that kept nothing (for example sweep workers). */
  RunArtifacts NONE =
      new RunArtifacts() {
        @Override
        public void writeHistory(Path file) throws IOException {
          throw new IOException("this run kept no history");
        }

        @Override
        public void writeTrace(Path file) throws IOException {
          throw new IOException("this run kept no trace");
        }

        @Override
        public void writeHtml(Path file) throws IOException {
          throw new IOException("this run kept no page");
        }
      };
}
