package io.seedsim.checker.viz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlPageTest {

  @Test
  void dataCannotCloseItsScriptElement() throws Exception {
    String hostile = "</script><script>alert(1)</script><!-- & \u2028\u2029 'x'";
    String json = ScriptSafeJson.write(List.of(hostile));

    assertThat(json).doesNotContain("<", ">", "&", "\u2028", "\u2029");
    assertThat(json).contains("\\u003c/script\\u003e", "\\u0026", "\\u2028");
    assertThat(new ObjectMapper().readValue(json, List.class)).containsExactly(hostile);
  }

  @Test
  void pageHoldsOnlyItsOwnScriptAndPinsItByHash() throws Exception {
    String html = HtmlPage.render(Samples.hostile(), null);

    Matcher scripts = Pattern.compile("<script>(.*?)</script>", Pattern.DOTALL).matcher(html);
    assertThat(scripts.find()).isTrue();
    String script = scripts.group(1);
    assertThat(scripts.find()).as("one executable script").isFalse();
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
    assertThat(html).contains("script-src 'sha256-" + Base64.getEncoder().encodeToString(digest) + "'");
    assertThat(html).contains("default-src 'none'", "img-src data:");
    assertThat(html).doesNotContain("window.__pwned=1</script>", "<img src=x", "<svg", "<b>k</b>");
    assertThat(html).doesNotContainPattern("(?i)(src|href)=\"(https?:)?//");
  }

  @Test
  void aPageNeedsSomethingToShow() {
    assertThatThrownBy(() -> HtmlPage.render(null, null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void viewModelRefusesStepsAndHighlightsOfOperationsItDoesNotHave() {
    var op = Samples.op(1, "0", "get()", "x", 0, 5L);
    assertThatThrownBy(() -> PartitionView.linearizable("k", "", List.of(op), List.of(Samples.step(2, "x"))))
        .hasMessage("partition k: step names unknown operation 2");
    assertThatThrownBy(() -> PartitionView.violation("k", "", List.of(op), List.of(), List.of(7L), "why"))
        .hasMessage("partition k: unplaced operation 7 is not in the partition");
    assertThatThrownBy(() -> Samples.op(3, "0", "get()", "x", 10, 5L))
        .hasMessage("operation 3 returns at 5, before its call at 10");
  }
}
