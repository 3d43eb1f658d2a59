package io.seedsim.checker;

/**
 * The time budget ran out while a history file was still being read: the file's verdict is
 * unknown, as when the budget runs out during the search.
 */
public final class HistoryReadTimeoutException extends Exception {
  private final String file;
  private final int line;

  public HistoryReadTimeoutException(String file, int line) {
    super(file + ": the time budget ran out while reading the file (at line " + line + ")");
    this.file = file;
    this.line = line;
  }

  public String file() {
    return file;
  }

  /** The line the reader had reached. */
  public int line() {
    return line;
  }
}
