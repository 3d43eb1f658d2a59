package io.seedsim.checker.format;

import io.seedsim.checker.HistoryFormatException;
import io.seedsim.checker.HistoryReadTimeoutException;
import io.seedsim.checker.search.Deadline;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;

/**
 * The lines of a history file, numbered from 1, for the line formats (jsonl, etcd-log). Lines
 * end with LF, CRLF or a lone CR; a UTF-8 byte-order mark is skipped. Reading stops with
 * {@link HistoryReadTimeoutException} once the deadline has passed.
 */
public final class TextLines {
  /** Lines read between two looks at the clock. */
  private static final int LINES_PER_CLOCK_READ = 1024;

  private final String file;
  private final BufferedReader in;
  private final Deadline deadline;
  private int number;

  public TextLines(String file, Reader in, Deadline deadline) {
    this.file = file;
    this.in = in instanceof BufferedReader b ? b : new BufferedReader(in, 1 << 16);
    this.deadline = deadline;
  }

  /** The next line, or null at the end of the file. */
  public String next() throws HistoryFormatException, HistoryReadTimeoutException {
    String line;
    try {
      line = in.readLine();
    } catch (CharacterCodingException e) {
      throw new HistoryFormatException(file, number + 1, "not UTF-8 text");
    } catch (IOException e) {
      throw new HistoryFormatException(file, number + 1, "cannot read the file: " + ReadErrors.describe(e));
    }
    if (line == null) return null;
    number++;
    if (number == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
    if (number % LINES_PER_CLOCK_READ == 0 && deadline.passed()) throw new HistoryReadTimeoutException(file, number);
    return line;
  }

  /** The number of the line {@link #next} returned last. */
  public int number() {
    return number;
  }
}
