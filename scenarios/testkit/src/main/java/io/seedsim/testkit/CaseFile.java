package io.seedsim.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.seedsim.sim.Choices;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * A {@link FailureCase} as a JSON file. The same case always writes the same bytes (fields in a
 * fixed order, streams sorted, no time or path), so a case can be committed and diffed.
 */
public final class CaseFile {

  /** The first field of every case file; a reader refuses files of another format. */
  public static final String FORMAT = "seedsim-case/1";

  private static final ObjectMapper JSON = new ObjectMapper();
  /** One field per line, each stream's outcomes on one line, "\n" on every platform. */
  private static final ObjectWriter WRITER = JSON.writer(new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(DefaultPrettyPrinter.FixedSpaceIndenter.instance));

  private CaseFile() {}

  /** A case file's problem: names the file and what is wrong. */
  public static final class CaseFileException extends IOException {
    CaseFileException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  public static void write(FailureCase c, Path file) throws IOException {
    Files.writeString(file, toJson(c), StandardCharsets.UTF_8);
  }

  public static String toJson(FailureCase c) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    root.put("scenario", c.scenario());
    root.put("variant", c.variant());
    root.put("seed", c.seed());
    root.put("build", c.build());
    root.put("failure", c.failure());
    ObjectNode signature = root.putObject("signature");
    signature.put("kind", c.signature().kind().label());
    signature.put("detail", c.signature().detail());
    root.put("traceHash", c.traceHash());
    size(root.putObject("before"), c.before());
    size(root.putObject("after"), c.after());
    ObjectNode streams = root.putObject("choices");
    for (String stream : c.choices().streams()) {
      ArrayNode outcomes = streams.putArray(stream);
      for (long v : c.choices().outcomes(stream)) {
        outcomes.add(v);
      }
    }
    try {
      return WRITER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a case always serializes", e);
    }
  }

  /**
   * @throws CaseFileException if the file is not a valid case file (the message names the file)
   * @throws IOException if it cannot be read
   */
  public static FailureCase read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    try {
      JsonNode root = JSON.readTree(text);
      if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText(null))) {
        throw new IllegalArgumentException("not a seedsim case file (its \"format\" must be \"" + FORMAT + "\")");
      }
      JsonNode sig = object(root, "signature");
      return new FailureCase(
          text(root, "scenario"),
          text(root, "variant"),
          number(root, "seed"),
          text(root, "build"),
          text(root, "failure"),
          new FailureSignature(FailureSignature.Kind.ofLabel(text(sig, "kind")), text(sig, "detail")),
          root.path("traceHash").asText(null),
          size(object(root, "before")),
          size(object(root, "after")),
          choices(object(root, "choices")));
    } catch (JsonProcessingException e) {
      throw new CaseFileException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new CaseFileException(file + ": " + e.getMessage(), e);
    }
  }

  private static void size(ObjectNode node, RunSize size) {
    node.put("events", size.events());
    node.put("operations", size.operations());
    node.put("nonZeroChoices", size.nonZeroChoices());
    node.put("choices", size.choices());
  }

  private static RunSize size(JsonNode node) {
    return new RunSize(number(node, "events"), number(node, "operations"), number(node, "nonZeroChoices"),
        number(node, "choices"));
  }

  private static Choices choices(JsonNode node) {
    Map<String, long[]> streams = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getValue().isArray()) {
        throw new IllegalArgumentException("choices of stream \"" + e.getKey() + "\" must be an array of integers");
      }
      long[] outcomes = new long[e.getValue().size()];
      for (int i = 0; i < outcomes.length; i++) {
        JsonNode v = e.getValue().get(i);
        if (!v.canConvertToLong() || !v.isIntegralNumber()) {
          throw new IllegalArgumentException("choice " + i + " of stream \"" + e.getKey() + "\" is not an integer: " + v);
        }
        outcomes[i] = v.asLong();
      }
      streams.put(e.getKey(), outcomes);
    }
    return Choices.of(streams);
  }

  private static JsonNode object(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.isObject()) {
      throw new IllegalArgumentException("missing object field \"" + field + "\"");
    }
    return v;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.isTextual()) {
      throw new IllegalArgumentException("missing text field \"" + field + "\"");
    }
    return v.asText();
  }

  private static long number(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || !v.isIntegralNumber() || !v.canConvertToLong()) {
      throw new IllegalArgumentException("missing integer field \"" + field + "\"");
    }
    return v.asLong();
  }
}
