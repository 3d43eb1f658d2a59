package io.seedsim.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a page holds, read back as page.js does: its data element, with shared strings and columns rebuilt. */
final class PageData {
  private static final Pattern DATA = Pattern.compile("<script type=\"application/json\" id=\"seedsim-data\">(.*?)</script>",
      Pattern.DOTALL);

  private PageData() {}

  static JsonNode of(Path page) throws IOException {
    Matcher data = DATA.matcher(Files.readString(page));
    if (!data.find()) throw new IOException(page + " has no data element");
    JsonNode packed = new ObjectMapper().readTree(data.group(1));
    List<String> texts = new ArrayList<>();
    for (JsonNode entry : packed.get("strings")) {
      int base = entry.get(0).asInt();
      String tail = entry.get(2).asText();
      texts.add(base < 0 ? tail : texts.get(base).substring(0, entry.get(1).asInt()) + tail);
    }
    return inflate(packed.get("page"), texts);
  }

  private static JsonNode inflate(JsonNode value, List<String> texts) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    if (value.isArray()) {
      ArrayNode array = nodes.arrayNode();
      value.forEach(element -> array.add(inflate(element, texts)));
      return array;
    }
    if (!value.isObject()) return value;
    if (value.has("$")) return nodes.textNode(texts.get(value.get("$").asInt()));
    if (value.has("$cols")) {
      ArrayNode rows = nodes.arrayNode();
      for (JsonNode row : value.get("$rows")) {
        ObjectNode object = nodes.objectNode();
        for (int c = 0; c < value.get("$cols").size(); c++) object.set(value.get("$cols").get(c).asText(), inflate(row.get(c), texts));
        rows.add(object);
      }
      return rows;
    }
    ObjectNode object = nodes.objectNode();
    value.fields().forEachRemaining(e -> object.set(e.getKey(), inflate(e.getValue(), texts)));
    return object;
  }
}
