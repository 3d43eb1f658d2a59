package io.seedsim.checker.viz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** Reads a trace file in the JSON-lines format of docs/trace-format.md into a {@link TraceView}. */
public final class TraceFile {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TraceFile() {}

  /**
   * @throws TraceFormatException when a line is not valid JSON, lacks a field, has an unknown kind,
   *     or refers to a message, timer or operation the trace never began
   */
  public static TraceView read(Path file) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return fromLines(file, reader.lines().iterator());
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** The trace of a run still in memory, as JSON lines; {@code name} labels errors. */
  public static TraceView fromLines(String name, List<String> lines) {
    return fromLines(Path.of(name), lines.iterator());
  }

  private static TraceView fromLines(Path file, Iterator<String> texts) {
    return assemble(file, numbered(texts,
        (number, text) -> text.isBlank() ? null : new TraceLine(file, number, parse(file, number, text))));
  }

  /**
   * The trace of a run still in memory, as records of fields (the kernel's {@code
   * TraceRecord.fields()}): a page is built from them without writing or parsing any JSON text.
   * Values are strings, numbers (Integer, Long), or lists of them, as in the file format.
   */
  public static TraceView fromRecords(String name, Iterator<? extends Map<String, ?>> records) {
    Path file = Path.of(name);
    return assemble(file, numbered(records, (number, fields) -> new TraceLine(file, number, fields)));
  }

  /** {@code source} as trace lines numbered from 1. */
  private static <T> Iterator<TraceLine> numbered(Iterator<T> source, BiFunction<Integer, T, TraceLine> line) {
    return new Iterator<>() {
      private int number;

      @Override
      public boolean hasNext() {
        return source.hasNext();
      }

      @Override
      public TraceLine next() {
        return line.apply(++number, source.next());
      }
    };
  }

  /** Lines in order; a null line is a blank one, skipped. */
  private static TraceView assemble(Path file, Iterator<TraceLine> lines) {
    TraceAssembler assembler = null;
    while (lines.hasNext()) {
      TraceLine line = lines.next();
      if (line == null) {
        continue;
      }
      if (assembler == null) {
        assembler = TraceAssembler.fromHeader(line);
      } else {
        assembler.accept(line);
      }
    }
    if (assembler == null) {
      throw new TraceFormatException(file, 1, "empty file, expected a header line");
    }
    return assembler.finish();
  }

  /** True when the file's first line is a trace header, so {@code seedsim viz} can tell traces from histories. */
  public static boolean looksLikeTrace(Path file) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String first = reader.readLine();
      if (first == null) {
        return false;
      }
      JsonNode json = JSON.readTree(first);
      return json != null && json.isObject() && "header".equals(json.path("kind").asText());
    } catch (JsonProcessingException | java.nio.charset.CharacterCodingException notJson) {
      return false;
    }
  }

  private static Map<String, ?> parse(Path file, int number, String text) {
    Object json;
    try {
      json = JSON.readValue(text, Object.class);
    } catch (JsonProcessingException e) {
      throw new TraceFormatException(file, number, "not valid JSON: " + e.getOriginalMessage());
    }
    if (!(json instanceof Map<?, ?> object)) {
      throw new TraceFormatException(file, number, "expected a JSON object, got " + abbreviate(text));
    }
    @SuppressWarnings("unchecked") // Jackson reads a JSON object into a map with string keys
    Map<String, ?> fields = (Map<String, ?>) object;
    return fields;
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
