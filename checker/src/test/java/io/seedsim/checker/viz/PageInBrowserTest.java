package io.seedsim.checker.viz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;

/** Opens generated pages in a real headless Chromium and checks what they draw and what they do not do. */
class PageInBrowserTest {
  private static Browser browser;
  @TempDir static Path dir;

  @BeforeAll
  static void startBrowser() throws IOException {
    browser = Browser.shared();
  }

  @Test
  void violationShowsOneLanePerClientEveryOperationAndTheUnplacedOneInRed() throws IOException {
    browser.open(HtmlPage.render(Samples.staleRead(), null), dir, "stale.html");
    browser.driver.findElement(By.id("h-fit")).click();  // a violation opens zoomed to it

    assertThat(browser.js("return seedsimViz.history.laneLabels()")).isEqualTo(List.of("0", "1", "2", "3"));
    assertThat(browser.number("seedsimViz.history.operationCount()")).isEqualTo(9);
    assertThat(browser.js("return seedsimViz.history.unplacedHighlighted()")).isEqualTo(List.of(6L));
    assertThat(text("h-explanation")).startsWith("get(\"1\") by client 2 returned \"x1;x2;\" but");
    assertThat(text("h-verdict")).isEqualTo("history: not linearizable");
    assertThat(text("h-steps")).contains("✗ cannot place client 2: get(\"1\") → \"x1;x2;\"");
    assertThat(text("h-steps-title")).isEqualTo("Longest linearizable prefix · 7 of 9 operations");
    assertPageClean();
  }

  @Test
  void linearizablePartitionStepsThroughItsOrderWithTheStateAfterEachStep() throws IOException {
    browser.open(HtmlPage.render(Samples.staleRead(), null), dir, "steps.html");
    browser.driver.findElement(By.id("h-partition")).sendKeys("2");  // picks the option for key 2

    assertThat(browser.number("seedsimViz.history.currentPartition()")).isEqualTo(1);
    assertThat(browser.number("seedsimViz.history.operationCount()")).isEqualTo(4);
    assertThat(browser.js("return seedsimViz.history.unplacedHighlighted()")).isEqualTo(List.of());
    browser.driver.findElement(By.id("h-first")).click();
    browser.driver.findElement(By.id("h-next")).click();
    browser.driver.findElement(By.id("h-next")).click();
    browser.driver.findElement(By.id("h-next")).click();

    assertThat(text("h-step-label")).isEqualTo("step 3 of 4");
    assertThat(browser.driver.findElement(By.cssSelector("#h-steps li.current")).getText())
        .isEqualTo("3. client 3: append(\"2\", \"q\") → \"p\"  ⇒ pq");
    assertPageClean();
  }

  @Test
  void hoveringAnOperationShowsItsDetails() throws IOException {
    browser.open(HtmlPage.render(Samples.staleRead(), null), dir, "hover.html");
    hover(6);

    assertThat(browser.driver.findElement(By.id("tooltip")).isDisplayed()).isTrue();
    assertThat(text("tooltip")).contains("#6 by client 2", "get(\"1\")", "\"x1;x2;\"",
        "could not be placed after the longest linearizable prefix");
    assertPageClean();
  }

  @Test
  void hostileValuesAreShownAsTextAndNothingRuns() throws IOException {
    browser.open(HtmlPage.render(Samples.hostile(), null), dir, "hostile.html");
    browser.driver.findElement(By.id("h-fit")).click();
    for (long id : List.of(1L, 2L, 3L)) {
      hover(id);
      assertThat(text("tooltip")).contains("#" + id);
    }
    hover(2);
    assertThat(text("tooltip")).contains("<img src=x onerror=\"window.__pwned=1\">");
    clickOperation(3);

    assertThat(browser.js("return typeof window.__pwned")).isEqualTo("undefined");
    assertThat(browser.number("document.querySelectorAll('img, svg').length")).isZero();
    assertThat(browser.number("document.scripts.length")).isEqualTo(2);
    assertThat(browser.js("return document.getElementById('page-title').textContent"))
        .isEqualTo("<script>window.__pwned=1</script> title");
    assertThat(text("h-explanation")).isEqualTo("explanation <img src=x onerror=\"window.__pwned=1\">");
    assertThat(text("h-steps")).contains("⇒ <script>window.__pwned=1</script>", "⇒ <svg onload=\"window.__pwned=1\">");
    assertThat(text("h-op")).contains("</script><script>window.__pwned=1</script><!--", "\"quotes' & {{DATA}}");
    assertThat(browser.js("return seedsimViz.history.laneLabels()"))
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).containsExactlyInAnyOrder("1", "<i>c0</i>");
    assertThat(browser.driver.findElement(By.cssSelector("#h-partition option")).getText()).startsWith("<b>k</b>");
    assertPageClean();
  }

  @Test
  void traceDrawsOneLinePerNodeEveryMessageAndEveryDrop() throws IOException {
    TraceView trace = TraceFile.read(SyntheticTrace.write(dir.resolve("small.jsonl"), 3, 3, 1_500));
    browser.open(HtmlPage.render(null, trace), dir, "trace.html");
    browser.driver.findElement(By.id("t-fit")).click();

    assertThat(browser.js("return seedsimViz.trace.laneLabels()")).isEqualTo(trace.nodes());
    assertThat(browser.number("seedsimViz.trace.messagesDrawn()")).isEqualTo(trace.messages().size());
    long drops = trace.messages().stream().filter(m -> m.fate() == MessageFate.DROPPED).count();
    assertThat(drops).isPositive();
    assertThat(browser.number("seedsimViz.trace.dropMarksDrawn()")).isEqualTo(drops);
    assertThat(browser.driver.findElement(By.id("tabs")).isDisplayed()).isFalse();
    assertPageClean();
  }

  @Test
  void hostileTraceTextIsShownAsTextAndNothingRuns() throws IOException {
    String img = "<img src=x onerror=window.__pwned=1>";
    Path file = dir.resolve("hostile.jsonl");
    java.nio.file.Files.write(file, List.of(
        "{\"kind\":\"header\",\"scenario\":\"<script>window.__pwned=1</script>\",\"seed\":1,\"nodes\":[\"" + img + "\",\"s\"]}",
        "{\"t\":0,\"kind\":\"call\",\"node\":\"" + img + "\",\"op\":1,\"desc\":\"get(<b>k</b>)\"}",
        "{\"t\":0,\"kind\":\"send\",\"id\":1,\"from\":\"" + img + "\",\"to\":\"s\",\"msg\":\"<script>window.__pwned=1</script>\"}",
        "{\"t\":90,\"kind\":\"deliver\",\"id\":1,\"from\":\"" + img + "\",\"to\":\"s\",\"msg\":\"x\"}",
        "{\"t\":100,\"kind\":\"note\",\"node\":\"s\",\"text\":\"" + img + "\"}",
        "{\"t\":100,\"kind\":\"return\",\"node\":\"" + img + "\",\"op\":1,\"result\":\"</script>\"}"));
    browser.open(HtmlPage.render(null, TraceFile.read(file)), dir, "hostile-trace.html");
    Map<String, Object> point = browser.map("seedsimViz.trace.messagePoint('1')");
    new Actions(browser.driver).moveToLocation(coordinate(point, "x"), coordinate(point, "y")).perform();

    assertThat(text("tooltip")).contains("#1 " + img + " → s", "<script>window.__pwned=1</script>");
    assertThat(browser.js("return seedsimViz.trace.focusOperation(1)")).isEqualTo(true);
    assertThat(text("t-focus")).isEqualTo("operation #1 on " + img + ": get(<b>k</b>) → </script> · 1 message");
    assertThat(browser.js("return seedsimViz.trace.laneLabels()")).isEqualTo(List.of(img, "s"));
    assertThat(browser.js("return typeof window.__pwned")).isEqualTo("undefined");
    assertThat(browser.number("document.querySelectorAll('img, svg').length")).isZero();
    assertPageClean();
  }

  @Test
  void clickingAHistoryOperationShowsItsMessagesInTheTrace() throws IOException {
    TraceView trace = TraceFile.read(SyntheticTrace.write(dir.resolve("linked.jsonl"), 5, 3, 600));
    browser.open(HtmlPage.render(Samples.ofTrace(trace), trace), dir, "linked.html");
    ClientOpView op = trace.clientOps().get(4);
    clickOperation(op.operationId());
    browser.driver.findElement(By.id("h-show-trace")).click();

    assertThat(browser.driver.findElement(By.id("trace-view")).isDisplayed()).isTrue();
    assertThat(text("t-focus")).startsWith("operation #" + op.operationId() + " on " + op.node());
    Set<Object> expected = messagesOf(trace, op).stream().map(m -> (Object) m.id()).collect(Collectors.toSet());
    assertThat(expected).isNotEmpty();
    assertThat(browser.js("return seedsimViz.trace.focusedMessageIds()"))
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).containsExactlyInAnyOrderElementsOf(expected);
    assertPageClean();
  }

  @Test
  void aLinkToAnOperationOpensTheTraceOnItsMessages() throws IOException {
    TraceView trace = TraceFile.read(SyntheticTrace.write(dir.resolve("linked.jsonl"), 5, 3, 600));
    browser.open(HtmlPage.render(Samples.ofTrace(trace), trace), dir, "linked.html");
    ClientOpView op = trace.clientOps().get(4);
    browser.driver.get(dir.resolve("linked.html").toUri() + "#op=" + op.operationId());
    browser.driver.navigate().refresh(); // a change of fragment alone does not reload the page

    assertThat(browser.driver.findElement(By.id("trace-view")).isDisplayed()).isTrue();
    assertThat(text("t-focus")).startsWith("operation #" + op.operationId() + " on " + op.node());
    Set<Object> expected = messagesOf(trace, op).stream().map(m -> (Object) m.id()).collect(Collectors.toSet());
    assertThat(browser.js("return seedsimViz.trace.focusedMessageIds()"))
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).containsExactlyInAnyOrderElementsOf(expected);
    assertPageClean();
  }

  @Test
  void tenThousandOperationsOpenAndAreAllDrawn() throws IOException {
    browser.open(HtmlPage.render(Samples.large(10_000, 10), null), dir, "large-history.html");
    assertThat(browser.number("seedsimViz.history.laneCount()")).isEqualTo(10);
    assertThat(browser.number("seedsimViz.history.operationCount()")).isEqualTo(10_000);
    assertPageClean();
  }

  @Test
  void wheelZoomsAndDragPansTheTimeAxis() throws IOException {
    browser.open(HtmlPage.render(Samples.large(2_000, 4), null), dir, "zoom.html");
    var canvas = browser.driver.findElement(By.id("h-canvas"));
    new Actions(browser.driver)
        .scrollFromOrigin(org.openqa.selenium.interactions.WheelInput.ScrollOrigin.fromElement(canvas), 0, -2_000)
        .perform();
    long zoomedIn = browser.number("seedsimViz.history.operationCount()");
    assertThat(zoomedIn).isBetween(1L, 1_999L);
    double start = ((Number) browser.js("return seedsimViz.history.timeRange()[0]")).doubleValue();
    double end = ((Number) browser.js("return seedsimViz.history.timeRange()[1]")).doubleValue();
    new Actions(browser.driver).clickAndHold(canvas).moveByOffset(-300, 0).release().perform();

    double panned = ((Number) browser.js("return seedsimViz.history.timeRange()[0]")).doubleValue();
    assertThat(panned).as("dragging left shows later times").isGreaterThan(start);
    assertThat(((Number) browser.js("return seedsimViz.history.timeRange()[1]")).doubleValue() - panned)
        .as("panning keeps the zoom").isCloseTo(end - start, org.assertj.core.data.Percentage.withPercentage(1));
    browser.driver.findElement(By.id("h-fit")).click();
    assertThat(browser.number("seedsimViz.history.operationCount()")).isEqualTo(2_000);
    assertPageClean();
  }

  @Test
  void aHundredThousandEventTraceOpensAndDrawsEveryMessage() throws IOException {

    TraceView trace = TraceFile.read(SyntheticTrace.write(dir.resolve("large.jsonl"), 11, 6, 100_000));
    browser.open(HtmlPage.render(null, trace), dir, "large-trace.html");
    browser.driver.findElement(By.id("t-fit")).click();
    assertThat(browser.number("seedsimViz.trace.laneCount()")).isEqualTo(9);
    assertThat(browser.number("seedsimViz.trace.messagesDrawn()")).isEqualTo(trace.messages().size());
    assertPageClean();
  }

  /** The messages the page should link to an operation: sent by its clerk or delivered to it while it ran. */
  static List<MessageView> messagesOf(TraceView trace, ClientOpView op) {
    long end = op.returnTime() == null ? trace.endTime() : op.returnTime();
    return trace.messages().stream()
        .filter(m -> (m.from().equals(op.node()) && m.sendTime() >= op.callTime() && m.sendTime() <= end)
            || (m.to().equals(op.node()) && m.endTime() != null && m.endTime() >= op.callTime() && m.endTime() <= end))
        .toList();
  }

  private static String text(String id) {
    return browser.text(id);
  }


  private static void hover(long operationId) {
    Map<String, Object> point = browser.map("seedsimViz.history.operationPoint(" + operationId + ")");
    assertThat(point).as("operation %s is on screen", operationId).isNotNull();
    new Actions(browser.driver).moveToLocation(coordinate(point, "x"), coordinate(point, "y")).perform();
  }

  private static void clickOperation(long operationId) {
    hover(operationId);
    new Actions(browser.driver).click().perform();
  }

  private static int coordinate(Map<String, Object> point, String axis) {
    return (int) Math.round(((Number) point.get(axis)).doubleValue());
  }

  private static void assertPageClean() {
    browser.assertPageClean();
  }

}
