package io.seedsim.checker.viz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.interactions.Actions;

/**
 * Not part of the default build: the README's screenshots and the page's speed figures.
 *
 * <pre>
 * mvn -B -q -pl checker verify -Dtest=PageFiguresTest -Dsurefire.failIfNoSpecifiedTests=false -Dseedsim.screenshots=true
 * mvn -B -q -pl checker verify -Dtest=PageFiguresTest -Dsurefire.failIfNoSpecifiedTests=false -Dseedsim.bench=true
 * </pre>
 */
class PageFiguresTest {
  @TempDir Path dir;

  @Test
  void screenshots() throws IOException {
    assumeTrue(Boolean.getBoolean("seedsim.screenshots"), "set -Dseedsim.screenshots=true to write docs/images");
    Path images = Path.of(System.getProperty("seedsim.root", ".")).resolve("docs/images");
    Files.createDirectories(images);
    try (Browser browser = Browser.start(1280, 760)) {
      browser.open(HtmlPage.render(Samples.staleRead(), null), dir, "history.html");
      Map<String, Object> point = browser.map("seedsimViz.history.operationPoint(6)");
      new Actions(browser.driver).moveToLocation(((Number) point.get("x")).intValue(), ((Number) point.get("y")).intValue())
          .click().moveToLocation(5, 5).perform();
      save(browser, images.resolve("history-violation.png"));

      TraceView trace = TraceFile.read(SyntheticTrace.write(dir.resolve("t.jsonl"), 7, 3, 500));
      ClientOpView retried = trace.clientOps().stream()
          .filter(op -> PageInBrowserTest.messagesOf(trace, op).stream().anyMatch(m -> m.fate() == MessageFate.DROPPED))
          .findFirst().orElseThrow();
      browser.open(HtmlPage.render(null, trace), dir, "trace.html");
      NetworkPartitionView partition = trace.partitions().get(0);
      browser.js("seedsimViz.trace.showTime(arguments[0], arguments[1])", partition.startTime() - 4_000, partition.endTime() + 2_000);
      save(browser, images.resolve("trace.png"));

      browser.open(HtmlPage.render(Samples.ofTrace(trace), trace), dir, "linked.html");
      browser.js("seedsimViz.showTab('trace'); seedsimViz.trace.focusOperation(arguments[0])", retried.operationId());
      browser.js("seedsimViz.trace.zoomAt(300, 0.6)");
      browser.driver.findElement(By.id("t-zoom-out")).click();
      save(browser, images.resolve("trace-operation.png"));
    }
  }

  @Test
  void benchmark() throws IOException {
    assumeTrue(Boolean.getBoolean("seedsim.bench"), "set -Dseedsim.bench=true to print the page's speed figures");
    try (Browser browser = Browser.start(1400, 900)) {
      HistoryView history = Samples.large(10_000, 10);
      long begin = System.nanoTime();
      String historyPage = HtmlPage.render(history, null);
      long renderMillis = (System.nanoTime() - begin) / 1_000_000;
      browser.open(historyPage, dir, "history.html");
      double historyFrame = ((Number) browser.js("return seedsimViz.benchmark('history', 200)")).doubleValue();
      System.out.printf("history 10,000 ops: page %,d bytes, rendered in %d ms, %.2f ms per frame while panning%n",
          historyPage.length(), renderMillis, historyFrame);

      TraceView trace = TraceFile.read(SyntheticTrace.write(dir.resolve("t.jsonl"), 11, 6, 100_000));
      begin = System.nanoTime();
      String tracePage = HtmlPage.render(null, trace);
      renderMillis = (System.nanoTime() - begin) / 1_000_000;
      browser.open(tracePage, dir, "trace.html");
      browser.driver.findElement(By.id("t-fit")).click();
      double traceFit = ((Number) browser.js("return seedsimViz.benchmark('trace', 100)")).doubleValue();
      browser.js("seedsimViz.trace.zoomAt(400, 40)");
      double traceZoomed = ((Number) browser.js("return seedsimViz.benchmark('trace', 200)")).doubleValue();
      System.out.printf("trace %,d messages (~100,000 lines): page %,d bytes, rendered in %d ms,"
              + " %.2f ms per frame panning the whole run, %.2f ms zoomed in%n",
          trace.messages().size(), tracePage.length(), renderMillis, traceFit, traceZoomed);
    }
  }

  private static void save(Browser browser, Path file) throws IOException {
    Files.write(file, browser.driver.getScreenshotAs(OutputType.BYTES));
    assertThat(Files.size(file)).as(file + " stays small").isLessThan(300_000);
  }
}
