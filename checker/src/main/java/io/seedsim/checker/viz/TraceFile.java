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
      return assemble(file, reader.lines().iterator());
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** The trace of a run still in memory, e.g. {@code Trace.lines()}; {@code name} labels errors. */
  public static TraceView fromLines(String name, List<String> lines) {
    return assemble(Path.of(name), lines.iterator());
  }

  private static TraceView assemble(Path file, Iterator<String> lines) {
    TraceAssembler assembler = null;
    int number = 0;
    while (lines.hasNext()) {
      String text = lines.next();
      number++;
      if (text.isBlank()) {
        continue;
      }
      TraceLine line = new TraceLine(file, number, parse(file, number, text));
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

  private static JsonNode parse(Path file, int number, String text) {
    try {
      JsonNode json = JSON.readTree(text);
      if (json == null || !json.isObject()) {
        throw new TraceFormatException(file, number, "expected a JSON object, got " + abbreviate(text));
      }
      return json;
    } catch (JsonProcessingException e) {
      throw new TraceFormatException(file, number, "not valid JSON: " + e.getOriginalMessage());
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
