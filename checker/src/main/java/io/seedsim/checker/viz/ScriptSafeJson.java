package io.seedsim.checker.viz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * JSON that can sit inside a {@code <script type="application/json">} element whatever the values
 * hold: {@code <}, {@code >} and {@code &} become {@code \u003c}, {@code \u003e}, {@code \u0026}, so
 * no value can write {@code </script>} or {@code <!--}, and U+2028/U+2029 are escaped too.
 */
final class ScriptSafeJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ScriptSafeJson() {}

  static String write(Object value) {
    try {
      return escape(JSON.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("view records always serialize", e);
    }
  }

  /**
   * {@code {"strings": table, "page": value}} with every long string of {@code value} written once
   * (see {@link SharedStrings}).
   */
  static String writeSharing(Object value) {
    SharedStrings strings = new SharedStrings();
    ObjectMapper mapper = new ObjectMapper().registerModule(new SimpleModule().addSerializer(String.class, strings));
    try {
      String page = JSON.writeValueAsString(columns(mapper.valueToTree(value)));
      String table = JSON.writeValueAsString(strings.table());
      return escape("{\"strings\":" + table + ",\"page\":" + page + "}");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("view records always serialize", e);
    }
  }

  /** Lists this long of objects with the same fields are written as columns. */
  private static final int COLUMNS_FROM = 16;

  /**
   * Turns every long array of objects that share their field names into {@code {"$cols": names,
   * "$rows": [[values], ...]}}: the names of a record's fields, written once instead of per
   * message, are most of a trace's bytes. page.js turns them back into objects.
   */
  static JsonNode columns(JsonNode node) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      var names = new java.util.ArrayList<String>();
      object.fieldNames().forEachRemaining(names::add);
      for (String name : names) object.set(name, columns(object.get(name)));
      return object;
    }
    if (!node.isArray()) return node;
    ArrayNode array = (ArrayNode) node;
    for (int i = 0; i < array.size(); i++) array.set(i, columns(array.get(i)));
    if (array.size() < COLUMNS_FROM || !array.get(0).isObject() || array.get(0).has("$")) return array;
    var names = new java.util.ArrayList<String>();
    array.get(0).fieldNames().forEachRemaining(names::add);
    for (JsonNode element : array) {
      if (!element.isObject() || element.size() != names.size()) return array;
      for (String name : names) if (!element.has(name)) return array;
    }
    ObjectNode table = JsonNodeFactory.instance.objectNode();
    ArrayNode cols = table.putArray("$cols");
    names.forEach(cols::add);
    ArrayNode rows = table.putArray("$rows");
    for (JsonNode element : array) {
      ArrayNode row = rows.addArray();
      for (String name : names) row.add(element.get(name));
    }
    return table;
  }

  // Outside strings JSON has only brackets, digits, letters and punctuation none of which are
  // these characters, so replacing them everywhere only touches string contents, where the \\u
  // escape means the same character.
  static String escape(String json) {
    StringBuilder out = new StringBuilder(json.length() + 64);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<' -> out.append("\\u003c");
        case '>' -> out.append("\\u003e");
        case '&' -> out.append("\\u0026");
        case '\u2028' -> out.append("\\u2028");
        case '\u2029' -> out.append("\\u2029");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
