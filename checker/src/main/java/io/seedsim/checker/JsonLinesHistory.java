package io.seedsim.checker;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * seedsim's own history format: JSON lines, one operation per line.
 *
 * <pre>{"client": 3, "op": "append", "key": "1", "value": "x", "output": "old", "call": 120, "return": 450}</pre>
 *
 * <p>{@code "return": null} marks an unknown outcome; {@code "output": null} an operation with no
 * output, or one whose output was not observed. For register models a completed read with a null
 * output read nil. {@code "key"} is optional for single-register models; a cas's value is
 * {@code [from, to]}. Operations may appear in any order: ids follow call times.
 */
public final class JsonLinesHistory {
  private JsonLinesHistory() {}

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** The fields a line may have; any other is an error, so that a misspelt field is not ignored. */
  private static final Set<String> FIELDS = Set.of("client", "op", "key", "value", "output", "call", "return");

  /** Writes kv operations ({@link KvInput} inputs), one line each, in the order given. */
  public static void write(List<Operation> history, Writer out) throws IOException {
    JsonGenerator json = JSON.getFactory().createGenerator(out);
    json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
    for (Operation op : history) {
      if (!(op.input() instanceof KvInput in)) {
        throw new IllegalArgumentException("operation " + op.id() + " is not a kv operation: " + op.input());
      }
      json.writeStartObject();
      json.writeNumberField("client", op.client());
      json.writeStringField("op", in.op().wireName());
      json.writeStringField("key", in.key());
      json.writeStringField("value", in.value());
      json.writeStringField("output", (String) op.output());
      json.writeNumberField("call", op.call());
      if (op.hasReturn()) json.writeNumberField("return", op.ret());
      else json.writeNullField("return");
      json.writeEndObject();
      json.flush();
      out.write('\n');
    }
    out.flush();
  }

  /** Parses JSON lines text; {@code file} is used in error messages only. */
  public static List<Operation> read(String file, String text, Model<?> model) throws HistoryFormatException {
    List<Operation> ops = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) continue;
      ops.add(operation(file, i + 1, lines[i], model));
    }
    ops.sort(Comparator.comparingLong(Operation::call));
    List<Operation> numbered = new ArrayList<>(ops.size());
    for (Operation op : ops) numbered.add(op.withId(numbered.size()));
    return numbered;
  }

  private static Operation operation(String file, int line, String text, Model<?> model) throws HistoryFormatException {
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw new HistoryFormatException(file, line, "bad JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""));
    }
    if (node == null || !node.isObject()) throw new HistoryFormatException(file, line, "expected a JSON object");
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw new HistoryFormatException(file, line, "unknown field \"" + name + "\" (expected " + String.join(", ", new TreeSet<>(FIELDS)) + ")");
      }
    }
    Fields fields = new Fields(file, line, node);
    int client = (int) fields.integer("client", false);
    String function = fields.text("op");
    long call = fields.integer("call", false);
    if (!node.has("return")) {
      throw new HistoryFormatException(file, line, "missing field \"return\" (null for an unknown outcome)");
    }
    long ret = fields.integer("return", true);
    if (ret < call) {
      throw new HistoryFormatException(file, line, "return " + ret + " is before call " + call);
    }
    String key = node.hasNonNull("key") ? node.get("key").asText() : null;
    Outcome outcome = ret == Operation.UNKNOWN ? Outcome.UNKNOWN : Outcome.OK;
    Object argument = plain(node.get("value"));
    Object result = outcome == Outcome.OK ? plain(node.get("output")) : null;
    try {
      Model.Call decoded = model.decode(function, key, argument, result, outcome);
      return new Operation(0, client, decoded.input(), decoded.output(), call, ret);
    } catch (IllegalArgumentException e) {
      throw new HistoryFormatException(file, line, e.getMessage());
    }
  }

  /** A JSON value as plain Java: String, Long, Double, Boolean, List, Map, or null. */
  private static Object plain(JsonNode node) {
    if (node == null || node.isNull()) return null;
    if (node.isIntegralNumber()) return node.asLong();
    return JSON.convertValue(node, Object.class);
  }

  /** Typed access to the fields of one line, failing with the line's number. */
  private record Fields(String file, int line, JsonNode node) {
    long integer(String name, boolean nullMeansUnknown) throws HistoryFormatException {
      JsonNode value = node.get(name);
      if (value == null) throw new HistoryFormatException(file, line, "missing field \"" + name + "\"");
      if (value.isNull() && nullMeansUnknown) return Operation.UNKNOWN;
      if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 0) {
        throw new HistoryFormatException(file, line, "\"" + name + "\" must be a non-negative integer, not " + value);
      }
      return value.asLong();
    }

    String text(String name) throws HistoryFormatException {
      JsonNode value = node.get(name);
      if (value == null || !value.isTextual()) {
        throw new HistoryFormatException(file, line, "\"" + name + "\" must be a string" + (value == null ? "" : ", not " + value));
      }
      return value.asText();
    }
  }

}
