package io.seedsim.checker.viz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One trace record, from a line of a trace file or from a run in memory, with typed field access
 * that fails with the file and line. Values are plain Java values: strings, numbers (Integer, Long,
 * BigInteger, Double), booleans, lists and maps, as Jackson reads JSON into them and as the kernel
 * keeps its records.
 */
record TraceLine(Path file, int number, Map<String, ?> fields) {

  String kind() {
    return text("kind");
  }

  long time() {
    return integer("t");
  }

  /** An optional field as text, {@code otherwise} when absent: for headings. */
  String textOr(String field, String otherwise) {
    Object value = fields.get(field);
    return value == null ? otherwise : value.toString();
  }

  /** A field of any JSON value: a string as it is, anything else as JSON; "" when absent. */
  String anyAsText(String field) {
    Object value = fields.get(field);
    return value == null ? "" : value instanceof String s ? s : json(value);
  }

  /** A required string field. */
  String text(String field) {
    Object value = required(field);
    if (!(value instanceof String s)) {
      throw problem("field \"" + field + "\" must be a string, got " + json(value));
    }
    return s;
  }

  /** A required id: the kernel writes numbers, but any scalar names a thing. */
  String id(String field) {
    Object value = required(field);
    if (!(value instanceof String) && !integral(value)) {
      throw problem("field \"" + field + "\" must be a number or string, got " + json(value));
    }
    return value.toString();
  }

  /** An optional id, null when absent. */
  String optionalId(String field) {
    return fields.get(field) != null ? id(field) : null;
  }

  long integer(String field) {
    Object value = required(field);
    if (value instanceof Long n) return n;
    if (value instanceof Integer n) return n;
    if (value instanceof BigInteger n && n.bitLength() < 64) return n.longValue();
    throw problem("field \"" + field + "\" must be an integer, got " + json(value));
  }

  List<String> textArray(String field) {
    Object value = required(field);
    if (!(value instanceof List<?> list)) {
      throw problem("field \"" + field + "\" must be an array, got " + json(value));
    }
    List<String> texts = new ArrayList<>();
    for (Object element : list) {
      if (!(element instanceof String s)) {
        throw problem("field \"" + field + "\" must hold strings, got " + json(element));
      }
      texts.add(s);
    }
    return texts;
  }

  List<List<String>> groups() {
    Object value = required("groups");
    String shape = "field \"groups\" must be an array of arrays of node names, got " + json(value);
    if (!(value instanceof List<?> list)) {
      throw problem(shape);
    }
    List<List<String>> groups = new ArrayList<>();
    for (Object group : list) {
      if (!(group instanceof List<?> members)) {
        throw problem(shape);
      }
      List<String> names = new ArrayList<>();
      for (Object name : members) {
        if (!(name instanceof String s)) {
          throw problem("field \"groups\" must hold node names, got " + json(name));
        }
        names.add(s);
      }
      groups.add(names);
    }
    return groups;
  }

  TraceFormatException problem(String message) {
    return new TraceFormatException(file, number, message);
  }

  private Object required(String field) {
    Object value = fields.get(field);
    if (value == null) {
      throw problem("missing field \"" + field + "\"");
    }
    return value;
  }

  private static boolean integral(Object value) {
    return value instanceof Long || value instanceof Integer || value instanceof BigInteger;
  }

  /** Made on the first bad line only: a page of a run in memory never needs one. */
  private static final class Writer {
    static final ObjectMapper JSON = new ObjectMapper();
  }

  private static String json(Object value) {
    try {
      return Writer.JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      return String.valueOf(value);
    }
  }
}
