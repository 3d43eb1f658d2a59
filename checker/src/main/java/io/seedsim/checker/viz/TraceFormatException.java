package io.seedsim.checker.viz;

import java.nio.file.Path;

/** A trace file that does not follow docs/trace-format.md; the message names file, line and problem. */
public final class TraceFormatException extends RuntimeException {
  private final Path file;
  private final int line;

  public TraceFormatException(Path file, int line, String problem) {
    super(file + ":" + line + ": " + problem);
    this.file = file;
    this.line = line;
  }

  public Path file() {
    return file;
  }

  /** The 1-based line number. */
  public int line() {
    return line;
  }
}
