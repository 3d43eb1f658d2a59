package io.seedsim.checker.viz;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads and checks a history file and turns the result into a {@link HistoryView}. {@code seedsim
 * viz} calls it for every file that is not a trace; the checker supplies the implementation.
 */
public interface HistoryViewSource {

  /**
   * @throws IllegalArgumentException for bad input, with a one-line message naming the file, line
   *     and problem
   */
  HistoryView load(Path historyFile) throws IOException;
}
