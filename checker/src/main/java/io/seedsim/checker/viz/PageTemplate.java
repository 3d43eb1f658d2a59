package io.seedsim.checker.viz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The page's HTML skeleton, style sheet and script, read once from this package's resources. */
record PageTemplate(String html, String style, String script) {

  /** Script files in load order: shared drawing code first, the page's entry point last. */
  private static final List<String> SCRIPTS =
      List.of("timeline.js", "outcome.js", "history-view.js", "trace-view.js", "page.js");

  static PageTemplate load() {
    StringBuilder script = new StringBuilder();
    for (String name : SCRIPTS) {
      script.append("// ---- ").append(name).append('\n').append(resource(name));
    }
    String js = script.toString();
    if (js.toLowerCase(java.util.Locale.ROOT).contains("</script")) {
      throw new IllegalStateException("page script must not contain </script");
    }
    return new PageTemplate(resource("page.html"), resource("page.css"), js);
  }

  private static String resource(String name) {
    try (InputStream in = PageTemplate.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource io/seedsim/checker/viz/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
