package io.seedsim.checker;

import io.seedsim.checker.format.EdnHistory;
import io.seedsim.checker.format.EtcdLogHistory;
import io.seedsim.checker.format.ReadErrors;
import io.seedsim.checker.search.Deadline;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads history files into operations for a model, in any {@link HistoryFormat}. Files are read
 * as a stream (never held whole), as UTF-8 with an optional byte-order mark, with LF, CRLF or CR
 * line ends. Operation ids are 0, 1, ... in call order.
 *
 * <p>A file with no operations at all (empty, only blank lines or comments, or {@code []}) is an
 * error: a history with nothing in it is almost always a failed recording. A history whose
 * events all failed has 0 operations and is linearizable.
 */
public final class HistoryFormats {
  private HistoryFormats() {}

  /** Reads {@code file}, guessing the format from its name. */
  public static List<Operation> read(Path file, Model<?> model) throws HistoryFormatException {
    return read(file, guess(file), model);
  }

  /** The format {@code file}'s name suggests, or an error asking for --format. */
  public static HistoryFormat guess(Path file) throws HistoryFormatException {
    String name = file.toString();
    return HistoryFormat.guess(name).orElseThrow(() -> new HistoryFormatException(name, 0,
        "cannot tell the format from the file name; give --format jsonl, edn or etcd-log"));
  }

  /** Reads {@code file} as {@code format}, with no time limit. */
  public static List<Operation> read(Path file, HistoryFormat format, Model<?> model) throws HistoryFormatException {
    try {
      return read(file, format, model, Deadline.after(null));
    } catch (HistoryReadTimeoutException e) {
      throw new IllegalStateException("no deadline, yet it passed", e);
    }
  }

  /**
   * Reads {@code file} as {@code format}, giving up with {@link HistoryReadTimeoutException} once
   * {@code deadline} has passed.
   */
  public static List<Operation> read(Path file, HistoryFormat format, Model<?> model, Deadline deadline)
      throws HistoryFormatException, HistoryReadTimeoutException {
    String name = file.toString();
    if (Files.isDirectory(file)) throw new HistoryFormatException(name, 0, "cannot read the file: it is a directory");
    try (Reader in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
      return read(name, in, format, model, deadline);
    } catch (IOException e) {
      throw new HistoryFormatException(name, 0, "cannot read the file: " + ReadErrors.describe(e));
    } catch (UncheckedIOException e) {
      throw new HistoryFormatException(name, 0, "cannot read the file: " + ReadErrors.describe(e.getCause()));
    }
  }

  /** Parses history text; {@code name} is used in error messages only. */
  public static List<Operation> parse(String name, String text, HistoryFormat format, Model<?> model)
      throws HistoryFormatException {
    try {
      return read(name, new StringReader(text), format, model, Deadline.after(null));
    } catch (HistoryReadTimeoutException e) {
      throw new IllegalStateException("no deadline, yet it passed", e);
    }
  }

  /** Reads history text from {@code in}; {@code name} is used in error messages only. */
  public static List<Operation> read(String name, Reader in, HistoryFormat format, Model<?> model, Deadline deadline)
      throws HistoryFormatException, HistoryReadTimeoutException {
    return switch (format) {
      case JSONL -> JsonLinesHistory.read(name, in, model, deadline);
      case EDN -> EdnHistory.read(name, in, model, deadline);
      case ETCD_LOG -> EtcdLogHistory.read(name, in, model, deadline);
    };
  }
}
