package io.seedsim.checker.viz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

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
