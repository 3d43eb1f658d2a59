package io.seedsim.checker;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.seedsim.checker.format.Excerpt;
import io.seedsim.checker.format.ExactNumbers;
import io.seedsim.checker.format.KeyNames;
import io.seedsim.checker.format.TextLines;
import io.seedsim.checker.search.Deadline;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * seedsim's own history format: JSON lines, one operation per line.
 *
 * <pre>{"client": 3, "op": "append", "key": "1", "value": "x", "output": "old", "call": 120, "return": 450}</pre>
 *
 * <ul>
 *   <li>{@code "return": null} marks an unknown outcome (the output is then ignored).
 *   <li>{@code "output"} left out: not observed. {@code "output": null} is the value nil: a
 *       register read of nil, a kv get (or append) that found the key missing, i.e. "".
 *   <li>A cas's value is {@code [from, to]}; its output is {@code true} (it applied) or
 *       {@code false} (the comparison failed, nothing changed), or left out when not observed.
 *   <li>{@code "key"} (a string or an integer) is needed by keyed models and refused by the
 *       others. Numbers are exact: integers of any size, decimals as written.
 *   <li>Times are non-negative integers of any size; only their order matters.
 *   <li>Duplicate or unknown fields are errors. Operations may appear in any order: ids follow
 *       call times.
 * </ul>
 */
public final class JsonLinesHistory {
  private JsonLinesHistory() {}

  /** Deeper values are refused with one line, well before any recursion could overflow. */
  private static final int MAX_DEPTH = 100;

  private static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
          .build())
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  /** The fields a line may have; any other is an error, so that a misspelt field is not ignored. */
  private static final Set<String> FIELDS = Set.of("client", "op", "key", "value", "output", "call", "return");

  /**
   * One line of the format, in its own vocabulary: what any model's operation is written as.
   *
   * @param value the argument (a String, a Number, a List such as a cas's {@code [from, to]}, or
   *     null when there is none)
   * @param output what the client saw (null: nil, when observed)
   * @param observed whether the client saw an output: false leaves {@code "output"} out; true
   *     writes it, {@code "output": null} for a null output (a register read of nil)
   * @param ret the return time, or {@link Operation#UNKNOWN} for an unknown outcome
   */
  public record Line(int client, String op, String key, Object value, Object output, boolean observed, long call,
      long ret) {

    /** A line whose output is observed when it is not null. */
    public Line(int client, String op, String key, Object value, Object output, long call, long ret) {
      this(client, op, key, value, output, output != null, call, ret);
    }
  }

  /** Writes kv operations ({@link KvInput} inputs), one line each, in the order given. */
  public static void write(List<Operation> history, Writer out) throws IOException {
    List<Line> lines = new ArrayList<>(history.size());
    for (Operation op : history) {
      if (!(op.input() instanceof KvInput in)) {
        throw new IllegalArgumentException("operation " + op.id() + " is not a kv operation: " + op.input());
      }
      lines.add(new Line(op.client(), in.op().wireName(), in.key(), in.value(), op.output(), op.call(), op.ret()));
    }
    writeLines(lines, out);
  }

  /** Writes operations of any model, one line each, in the order given. */
  public static void writeLines(List<Line> lines, Writer out) throws IOException {
    JsonGenerator json = JSON.getFactory().createGenerator(out);
    json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
    json.setRootValueSeparator(null); // one object a line, not " {" from the second line on
    for (Line line : lines) {
      json.writeStartObject();
      json.writeNumberField("client", line.client());
      json.writeStringField("op", line.op());
      if (line.key() != null) json.writeStringField("key", line.key());
      if (line.value() != null) {
        json.writeFieldName("value");
        JSON.writeValue(json, line.value());
      }
      // Left out when not observed: "output": null is a read of nil (a missing key).
      if (line.observed()) {
        json.writeFieldName("output");
        if (line.output() == null) json.writeNull();
        else JSON.writeValue(json, line.output());
      }
      json.writeNumberField("call", line.call());
      if (line.ret() != Operation.UNKNOWN) json.writeNumberField("return", line.ret());
      else json.writeNullField("return");
      json.writeEndObject();
      json.flush();
      out.write('\n');
    }
    out.flush();
  }

  /** One line, read but not yet decoded (key names need every key of the file). */
  private record Row(int line, int client, String function, Object key, Object argument,
      Object output, Outcome outcome, Number call, Number ret) {}

  /** Reads JSON lines; {@code file} is used in error messages only. */
  public static List<Operation> read(String file, Reader in, Model<?> model, Deadline deadline)
      throws HistoryFormatException, HistoryReadTimeoutException {
    TextLines lines = new TextLines(file, in, deadline);
    List<Row> rows = new ArrayList<>();
    KeyNames keys = new KeyNames();
    for (String text = lines.next(); text != null; text = lines.next()) {
      if (text.isBlank()) continue;
      Row row = row(file, lines.number(), text);
      if (row.key() != null) keys.add(row.key());
      rows.add(row);
    }
    if (rows.isEmpty()) throw new HistoryFormatException(file, 0, "the file is empty: no operations to check");
    List<Number> all = new ArrayList<>(2 * rows.size());
    for (Row row : rows) {
      all.add(row.call());
      all.add(row.ret());
    }
    Times times = Times.of(all);
    List<Operation> ops = new ArrayList<>(rows.size());
    for (Row row : rows) {
      if (ops.size() % 1024 == 1023 && deadline.passed()) throw new HistoryReadTimeoutException(file, row.line());
      String key = row.key() == null ? null : keys.name(row.key());
      try {
        Model.Call decoded = model.decode(row.function(), key, row.argument(), row.output(), row.outcome());
        ops.add(new Operation(0, row.client(), decoded.input(), decoded.output(), times.of(row.call()),
            row.ret() == null ? Operation.UNKNOWN : times.of(row.ret())));
      } catch (IllegalArgumentException | ClassCastException e) {
        throw new HistoryFormatException(file, row.line(), e.getMessage());
      }
    }
    ops.sort(Comparator.comparingLong(Operation::call));
    List<Operation> numbered = new ArrayList<>(ops.size());
    for (Operation op : ops) numbered.add(op.withId(numbered.size()));
    return numbered;
  }

  private static Row row(String file, int line, String text) throws HistoryFormatException {
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (StreamConstraintsException e) {
      throw new HistoryFormatException(file, line, "bad JSON: values nested more than " + MAX_DEPTH + " deep");
    } catch (JsonProcessingException e) {
      String why = e.getOriginalMessage().lines().findFirst().orElse("");
      throw new HistoryFormatException(file, line, "bad JSON: " + Excerpt.cut(why));
    }
    if (node == null || !node.isObject()) throw new HistoryFormatException(file, line, "expected a JSON object");
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw new HistoryFormatException(file, line, "unknown field " + Excerpt.of(name) + " (expected "
            + String.join(", ", new TreeSet<>(FIELDS)) + ")");
      }
    }
    Fields fields = new Fields(file, line, node);
    int client = (int) fields.integer("client", Integer.MAX_VALUE);
    String function = fields.text("op");
    Number call = fields.time("call", false);
    if (!node.has("return")) {
      throw new HistoryFormatException(file, line, "missing field \"return\" (null for an unknown outcome)");
    }
    Number ret = fields.time("return", true);
    if (ret != null && Times.compare(ret, call) < 0) {
      throw new HistoryFormatException(file, line, "return " + ret + " is before call " + call);
    }
    Object key = fields.key();
    Object argument = plain(node.get("value"));
    Outcome outcome = ret == null ? Outcome.UNKNOWN : Outcome.OK;
    JsonNode output = node.get("output");
    if (outcome == Outcome.UNKNOWN || output == null) {
      // Unknown outcome or not observed: the model sees no output.
      return new Row(line, client, function, key, argument, null, Outcome.UNKNOWN, call, ret);
    }
    if (function.equalsIgnoreCase("cas")) {
      if (!output.isBoolean()) {
        throw new HistoryFormatException(file, line, "a cas's \"output\" must be true (it applied) or false "
            + "(the comparison failed), or left out when not observed; not " + shown(output));
      }
      outcome = output.booleanValue() ? Outcome.OK : Outcome.FAILED;
      return new Row(line, client, function, key, argument, null, outcome, call, ret);
    }
    return new Row(line, client, function, key, argument, plain(output), outcome, call, ret);
  }

  /** A value as an error message quotes it, cut short. */
  private static String shown(JsonNode node) {
    return node.isNull() ? "null" : Excerpt.of(plain(node));
  }

  /**
   * A JSON value as plain Java, exactly: String, Long or BigInteger, BigDecimal, Boolean, List,
   * Map, or null.
   */
  private static Object plain(JsonNode node) {
    if (node == null || node.isNull()) return null;
    if (node.isTextual()) return node.textValue();
    if (node.isIntegralNumber()) {
      return node.canConvertToLong() ? (Object) node.longValue() : ExactNumbers.integer(node.bigIntegerValue());
    }
    if (node.isNumber()) return ExactNumbers.decimal(node.decimalValue());
    if (node.isBoolean()) return node.booleanValue();
    if (node.isArray()) {
      List<Object> items = new ArrayList<>(node.size());
      for (JsonNode item : node) items.add(plain(item));
      return items;
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      fields.put(field.getKey(), plain(field.getValue()));
    }
    return fields;
  }

  /** Typed access to the fields of one line, failing with the line's number. */
  private record Fields(String file, int line, JsonNode node) {
    long integer(String name, long max) throws HistoryFormatException {
      JsonNode value = node.get(name);
      if (value == null) throw new HistoryFormatException(file, line, "missing field \"" + name + "\"");
      if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 0 || value.longValue() > max) {
        throw new HistoryFormatException(file, line, "\"" + name + "\" must be an integer from 0 to " + max
            + ", not " + shown(value));
      }
      return value.longValue();
    }

    /** A time: a non-negative integer of any size, or null (for an unknown outcome) when allowed. */
    Number time(String name, boolean nullMeansUnknown) throws HistoryFormatException {
      JsonNode value = node.get(name);
      if (value == null) throw new HistoryFormatException(file, line, "missing field \"" + name + "\"");
      if (value.isNull() && nullMeansUnknown) return null;
      if (!value.isIntegralNumber() || value.bigIntegerValue().signum() < 0) {
        throw new HistoryFormatException(file, line, "\"" + name + "\" must be a non-negative integer"
            + (nullMeansUnknown ? " (or null for an unknown outcome)" : "") + ", not " + shown(value));
      }
      return (Number) plain(value);
    }

    String text(String name) throws HistoryFormatException {
      JsonNode value = node.get(name);
      if (value == null || !value.isTextual()) {
        throw new HistoryFormatException(file, line, "\"" + name + "\" must be a string"
            + (value == null ? "" : ", not " + shown(value)));
      }
      return value.textValue();
    }

    /** The key: a string or an integer, or null when there is none. */
    Object key() throws HistoryFormatException {
      JsonNode value = node.get("key");
      if (value == null || value.isNull()) return null;
      if (value.isTextual() || value.isIntegralNumber()) return KeyNames.accept(plain(value));
      throw new HistoryFormatException(file, line, "\"key\" must be a string or an integer, not "
          + shown(value));
    }
  }
}
