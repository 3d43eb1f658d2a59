package io.seedsim.checker;

import io.seedsim.checker.format.EdnHistory;
import io.seedsim.checker.format.EtcdLogHistory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Reads history files into operations for a model, in any {@link HistoryFormat}. */
public final class HistoryFormats {
  private HistoryFormats() {}

  /** Reads {@code file}, guessing the format from its name. */
  public static List<Operation> read(Path file, Model<?> model) throws HistoryFormatException {
    String name = file.toString();
    HistoryFormat format = HistoryFormat.guess(name).orElseThrow(() -> new HistoryFormatException(name, 0,
        "cannot tell the format from the file name; give --format jsonl, edn or etcd-log"));
    return read(file, format, model);
  }

  /**
   * Reads {@code file} as {@code format}. Operation ids are 0, 1, ... in call order. An empty
   * file is an error: a history file with nothing in it is almost always a failed recording.
   */
  public static List<Operation> read(Path file, HistoryFormat format, Model<?> model) throws HistoryFormatException {
    String name = file.toString();
    String text;
    try {
      text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new HistoryFormatException(name, 0, "no such file");
    } catch (IOException e) {
      throw new HistoryFormatException(name, 0, "cannot read the file: " + e.getMessage());
    }
    if (text.isBlank()) throw new HistoryFormatException(name, 0, "the file is empty: no operations to check");
    return parse(name, text, format, model);
  }

  /** Parses history text; {@code name} is used in error messages only. */
  public static List<Operation> parse(String name, String text, HistoryFormat format, Model<?> model)
      throws HistoryFormatException {
    return switch (format) {
      case JSONL -> JsonLinesHistory.read(name, text, model);
      case EDN -> EdnHistory.read(name, text, model);
      case ETCD_LOG -> EtcdLogHistory.read(name, text, model);
    };
  }
}
