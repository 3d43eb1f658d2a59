package io.seedsim.checker.viz;

import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.checker.HistoryFormats;
import io.seedsim.checker.Linearizability;
import io.seedsim.checker.Model;
import io.seedsim.checker.Models;
import io.seedsim.checker.Operation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;

/**
 * Real runs' histories (chaos seed 7 local-reads, unreliable-one-key seed 0, written by {@code
 * bin/seedsim run --history}) and a hand-made trace: explanations, long values, the trace's
 * readability and the small controls.
 */
class ReadableInBrowserTest {
  private static final Model<?> KV = Models.byName("kv");
  private static Browser browser;
  @TempDir static Path dir;

  @BeforeAll
  static void startBrowser() throws IOException {
    browser = Browser.shared();
  }

  static HistoryView fromResource(String name, String title, String edit, String replacement) throws Exception {
    String text;
    try (InputStream in = ReadableInBrowserTest.class.getResourceAsStream(name)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Path file = dir.resolve(name);
    Files.writeString(file, edit == null ? text : text.replace(edit, replacement));
    List<Operation> history = HistoryFormats.read(file, KV);
    return HistoryViews.of(title, KV, Linearizability.check(KV, history, Duration.ofSeconds(30)), HistoryView.MICROSECONDS);
  }

  @Test
  void theLocalReadsExplanationNamesTheClientsOwnEarlierAppend() throws Exception {
    browser.open(HtmlPage.render(fromResource("chaos-7-local-reads.jsonl", "chaos 7 local-reads", null, null), null),
        dir, "local-reads.html");

    assertThat(browser.text("h-explanation")).startsWith("get(\"1\") by client 0 returned the value after put \"p1.29\","
        + " but append \"a0.32;\" by the same client returned before this get was called.");
    assertThat((List<?>) browser.js("return seedsimViz.history.culpritHighlighted()")).hasSize(3);
    browser.assertPageClean();
  }

  @Test
  void longValuesAreShortenedInTheMiddleAndTheDifferenceIsMarked() throws Exception {
    browser.open(HtmlPage.render(fromResource("unreliable-one-key-0.jsonl", "unreliable-one-key 0", null, null), null),
        dir, "one-key.html");
    browser.driver.findElement(By.id("h-last")).click();
    for (var item : browser.driver.findElements(By.cssSelector("#h-steps li"))) {
      assertThat(item.getText().length()).as(item.getText()).isLessThan(260);
    }
    assertThat(browser.text("h-steps")).contains("chars]…");
    assertThat(browser.number("document.documentElement.scrollHeight")).isLessThan(1600);

    // The same history with one element left out of the last get: that get cannot be placed.
    browser.open(HtmlPage.render(fromResource("unreliable-one-key-0.jsonl", "tampered", "yx 4 8 yx 4 9 y", "yx 4 9 y"), null),
        dir, "tampered.html");
    List<?> unplaced = (List<?>) browser.js("return seedsimViz.history.unplacedIds()");
    assertThat(unplaced).isNotEmpty();
    browser.js("seedsimViz.history.pin(arguments[0])", unplaced.get(0));
    assertThat(browser.driver.findElements(By.cssSelector("#h-op mark.diff"))).hasSize(2);
    assertThat(browser.text("h-op")).contains("returned (differs)", "state then");
    browser.assertPageClean();
  }

  /**
   * A clerk, two servers and eleven more nodes; operation 1 goes through a Forward and its reply,
   * and s1 applies it while handling the Forward.
   */
  static TraceView handMadeTrace() throws IOException {
    StringBuilder nodes = new StringBuilder("\"c\",\"s0\",\"s1\"");
    for (int i = 0; i < 11; i++) nodes.append(",\"node-").append(i).append('"');
    Path file = dir.resolve("hand.jsonl");
    Files.write(file, List.of(
        "{\"kind\":\"header\",\"scenario\":\"hand\",\"seed\":1,\"nodes\":[" + nodes + "]}",
        "{\"t\":0,\"kind\":\"link-down\",\"from\":\"s0\",\"to\":\"node-9\"}",
        "{\"t\":0,\"kind\":\"call\",\"node\":\"c\",\"op\":1,\"desc\":\"get(\\\"0\\\")\"}",
        "{\"t\":0,\"kind\":\"send\",\"id\":1,\"from\":\"c\",\"to\":\"s0\",\"call\":1,\"msg\":\"get 0\"}",
        "{\"t\":50,\"kind\":\"send\",\"id\":9,\"from\":\"c\",\"to\":\"node-10\",\"msg\":\"lost\"}",
        "{\"t\":50,\"kind\":\"drop\",\"id\":9,\"from\":\"c\",\"to\":\"node-10\",\"msg\":\"lost\",\"reason\":\"request-drop\"}",
        "{\"t\":100,\"kind\":\"deliver\",\"id\":1,\"from\":\"c\",\"to\":\"s0\",\"msg\":\"get 0\"}",
        "{\"t\":100,\"kind\":\"send\",\"id\":2,\"from\":\"s0\",\"to\":\"s1\",\"call\":2,\"msg\":\"Forward get 0\"}",
        "{\"t\":150,\"kind\":\"send\",\"id\":5,\"from\":\"s1\",\"to\":\"s0\",\"call\":7,\"msg\":\"unrelated\"}",
        "{\"t\":200,\"kind\":\"deliver\",\"id\":2,\"from\":\"s0\",\"to\":\"s1\",\"msg\":\"Forward get 0\"}",
        "{\"t\":200,\"kind\":\"send\",\"id\":3,\"from\":\"s1\",\"to\":\"s0\",\"call\":2,\"msg\":\"reply:x\"}",
        "{\"t\":200,\"kind\":\"annotation\",\"node\":\"s1\",\"label\":\"applied\",\"text\":\"get 0\",\"handling\":2}",
        "{\"t\":250,\"kind\":\"deliver\",\"id\":5,\"from\":\"s1\",\"to\":\"s0\",\"msg\":\"unrelated\"}",
        "{\"t\":250,\"kind\":\"annotation\",\"node\":\"s0\",\"label\":\"applied\",\"text\":\"other\",\"handling\":5}",
        "{\"t\":260,\"kind\":\"annotation\",\"node\":\"s0\",\"label\":\"tick\",\"text\":\"on a timer\"}",
        "{\"t\":300,\"kind\":\"deliver\",\"id\":3,\"from\":\"s1\",\"to\":\"s0\",\"msg\":\"reply:x\"}",
        "{\"t\":300,\"kind\":\"send\",\"id\":4,\"from\":\"s0\",\"to\":\"c\",\"call\":1,\"msg\":\"reply:x\"}",
        "{\"t\":400,\"kind\":\"deliver\",\"id\":4,\"from\":\"s0\",\"to\":\"c\",\"msg\":\"reply:x\"}",
        "{\"t\":400,\"kind\":\"return\",\"node\":\"c\",\"op\":1,\"result\":\"x\"}",
        "{\"t\":400,\"kind\":\"timer-set\",\"node\":\"c\",\"timer\":1,\"at\":500,\"label\":\"think\"}",
        "{\"t\":400,\"kind\":\"timer-set\",\"node\":\"s0\",\"timer\":2,\"at\":600,\"label\":\"backoff\"}",
        "{\"t\":450,\"kind\":\"partition\",\"groups\":[[\"c\",\"s0\"],[\"s1\"]]}",
        "{\"t\":460,\"kind\":\"crash\",\"node\":\"s1\"}",
        "{\"t\":500,\"kind\":\"timer-fire\",\"node\":\"c\",\"timer\":1,\"label\":\"think\"}",
        "{\"t\":600,\"kind\":\"timer-fire\",\"node\":\"s0\",\"timer\":2,\"label\":\"backoff\"}",
        "{\"t\":650,\"kind\":\"heal\"}",
        "{\"t\":700,\"kind\":\"restart\",\"node\":\"s1\"}",
        "{\"t\":800,\"kind\":\"link-up\",\"from\":\"s0\",\"to\":\"node-9\"}"));
    return TraceFile.read(file);
  }

  @Test
  void theTraceFitsItsColumnsDrawsDropsAndLinksWhereTheyAreAndFollowsAnOperationAcrossServers() throws IOException {
    TraceView trace = handMadeTrace();
    browser.open(HtmlPage.render(Samples.ofTrace(trace), trace), dir, "hand.html");
    browser.js("seedsimViz.showTab('trace')");
    browser.driver.findElement(By.id("t-fit")).click();

    long width = browser.number("document.getElementById('t-box').clientWidth");
    assertThat(browser.number("seedsimViz.trace.columnWidth()") * 14).isLessThanOrEqualTo(width - 84);
    Map<String, Object> drop = browser.map("seedsimViz.trace.dropGeometry('9')");
    assertThat(Math.abs(((Number) drop.get("end")).doubleValue() - ((Number) drop.get("from")).doubleValue()))
        .as("a drop at the send instant is drawn by the sender").isLessThan(20);
    assertThat(browser.number("seedsimViz.trace.linkMarksDrawn()")).isEqualTo(1);
    assertThat(browser.number("seedsimViz.trace.timersDrawn()")).as("think timers hidden").isEqualTo(1);
    browser.driver.findElement(By.id("t-all-timers")).click();
    assertThat(browser.number("seedsimViz.trace.timersDrawn()")).isEqualTo(2);

    browser.js("seedsimViz.trace.focusOperation(1)");
    assertThat(browser.js("return seedsimViz.trace.focusedMessageIds()"))
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).containsExactlyInAnyOrder("1", "9", "2", "3", "4"); // not 5: s1 sent it on its own
    assertThat(browser.number("seedsimViz.trace.handledMarksDrawn()")).isEqualTo(3);
    assertThat(browser.number("seedsimViz.trace.annotationsDrawn()")).isEqualTo(3);
    assertThat(browser.js("return seedsimViz.trace.focusedAnnotations()")).as("applied while handling its Forward")
        .isEqualTo(List.of("s1 applied"));
    assertThat((String) browser.js("return seedsimViz.trace.focusLabel()")).startsWith("operation #1 on c · applied at s1: get");
    assertThat(browser.number("document.querySelector('#trace-view .toolbar').offsetHeight")).as("no wrap").isLessThan(40);
    browser.driver.findElement(By.id("t-clear")).click();
    assertThat(browser.js("return seedsimViz.trace.pinnedKind()")).isNull();

    browser.driver.findElement(By.id("t-back")).click();
    assertThat(browser.driver.findElement(By.id("history-view")).isDisplayed()).isTrue();
    assertThat(browser.js("return seedsimViz.history.faultKinds()")).isEqualTo(List.of("partition", "crash", "link down"));
    assertThat(browser.number("seedsimViz.history.faultCount()")).as("drawn over the history's time").isEqualTo(1);
    browser.assertPageClean();
  }

  @Test
  void editingTheAddressActsWithoutAReloadAndAKeyChangeHidesTheTooltip() throws IOException {
    browser.open(HtmlPage.render(Samples.staleRead(), null), dir, "hash.html");
    browser.driver.findElement(By.id("h-fit")).click();
    Map<String, Object> point = browser.map("seedsimViz.history.operationPoint(6)");
    new Actions(browser.driver).moveToLocation(((Number) point.get("x")).intValue(), ((Number) point.get("y")).intValue()).perform();
    assertThat(browser.driver.findElement(By.id("tooltip")).isDisplayed()).isTrue();

    browser.js("window.__sameDocument = true; location.hash = '#key=2'");
    new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofSeconds(5))
        .until(d -> Long.valueOf(1).equals(browser.js("return seedsimViz.history.currentPartition()")));
    assertThat(browser.js("return window.__sameDocument")).as("no reload").isEqualTo(true);
    assertThat(browser.driver.findElement(By.id("tooltip")).isDisplayed()).isFalse();
    browser.assertPageClean();
  }
}
