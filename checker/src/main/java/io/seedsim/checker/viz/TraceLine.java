package io.seedsim.checker.viz;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One parsed line of a trace file, with typed field access that fails with the file and line. */
record TraceLine(Path file, int number, JsonNode json) {

  String kind() {
    return text("kind");
  }

  long time() {
    return integer("t");
  }

  /** A required string field. */
  String text(String field) {
    JsonNode value = required(field);
    if (!value.isTextual()) {
      throw problem("field \"" + field + "\" must be a string, got " + value);
    }
    return value.asText();
  }

  /** A required id: the kernel writes numbers, but any scalar names a thing. */
  String id(String field) {
    JsonNode value = required(field);
    if (!value.isTextual() && !value.isIntegralNumber()) {
      throw problem("field \"" + field + "\" must be a number or string, got " + value);
    }
    return value.asText();
  }

  /** An optional id, null when absent. */
  String optionalId(String field) {
    return json.hasNonNull(field) ? id(field) : null;
  }

  long integer(String field) {
    JsonNode value = required(field);
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      throw problem("field \"" + field + "\" must be an integer, got " + value);
    }
    return value.asLong();
  }

  List<String> textArray(String field) {
    JsonNode value = required(field);
    if (!value.isArray()) {
      throw problem("field \"" + field + "\" must be an array, got " + value);
    }
    List<String> texts = new ArrayList<>();
    for (JsonNode element : value) {
      if (!element.isTextual()) {
        throw problem("field \"" + field + "\" must hold strings, got " + element);
      }
      texts.add(element.asText());
    }
    return texts;
  }

  List<List<String>> groups() {
    JsonNode value = required("groups");
    if (!value.isArray()) {
      throw problem("field \"groups\" must be an array of arrays of node names, got " + value);
    }
    List<List<String>> groups = new ArrayList<>();
    for (JsonNode group : value) {
      if (!group.isArray()) {
        throw problem("field \"groups\" must be an array of arrays of node names, got " + value);
      }
      List<String> names = new ArrayList<>();
      for (JsonNode name : group) {
        if (!name.isTextual()) {
          throw problem("field \"groups\" must hold node names, got " + name);
        }
        names.add(name.asText());
      }
      groups.add(names);
    }
    return groups;
  }

  TraceFormatException problem(String message) {
    return new TraceFormatException(file, number, message);
  }

  private JsonNode required(String field) {
    JsonNode value = json.get(field);
    if (value == null || value.isNull()) {
      throw problem("missing field \"" + field + "\"");
    }
    return value;
  }
}
