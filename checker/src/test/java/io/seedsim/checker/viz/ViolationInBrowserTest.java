package io.seedsim.checker.viz;

import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.checker.HistoryFormats;
import io.seedsim.checker.Linearizability;
import io.seedsim.checker.Model;
import io.seedsim.checker.Models;
import io.seedsim.checker.Operation;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/** A page of a violation opens where the problem is and names the operations to blame. */
class ViolationInBrowserTest {
  static final Path SHARED = Path.of(System.getProperty("seedsim.shared", "../../shared"));
  private static final Model<?> KV = Models.byName("kv");
  private static Browser browser;
  @TempDir static Path dir;

  @BeforeAll
  static void startBrowser() throws Exception {
    browser = Browser.shared();
  }

  static HistoryView checked(Path file, String title) throws Exception {
    List<Operation> history = HistoryFormats.read(file, KV);
    return HistoryViews.of(title, KV, Linearizability.check(KV, history, Duration.ofSeconds(30)), "");
  }

  @Test
  void c50BadOpensOnKey3WithTheBadOperationInViewAndItsCulpritNamed() throws Exception {
    HistoryView view = checked(SHARED.resolve("histories/porcupine/kv/c50-bad.txt"), "c50-bad");
    browser.open(HtmlPage.render(view, null), dir, "c50.html");

    assertThat(browser.js("return seedsimViz.history.currentLabel()")).isEqualTo("3");
    List<?> unplaced = (List<?>) browser.js("return seedsimViz.history.unplacedIds()");
    assertThat(unplaced).isNotEmpty();
    assertThat(browser.js("return seedsimViz.history.inView(arguments[0])", unplaced.get(0))).isEqualTo(true);
    assertThat((List<?>) browser.js("return seedsimViz.history.culpritHighlighted()")).hasSizeBetween(2, 6);
    java.util.Map<String, Object> axis = browser.map("seedsimViz.history.axis()");
    assertThat(((Number) axis.get("scrolled")).longValue()).as("scrolled down to key 3's bad get").isPositive();
    assertThat(axis.get("at")).as("the time labels stay in view").isEqualTo(axis.get("scrolled"));
    assertThat(browser.text("h-explanation")).startsWith("get(\"3\") by client 37 returned the value after append");
    assertThat(browser.text("h-steps-title")).startsWith("Longest linearizable prefix");
    assertThat(browser.driver.findElement(By.id("h-partition")).getText()).doesNotContain("unknown");

    browser.js("seedsimViz.history.selectPartition(0)");
    browser.driver.findElement(By.id("h-jump")).click();
    assertThat(browser.js("return seedsimViz.history.currentLabel()")).isEqualTo("3");
    assertThat(browser.js("return seedsimViz.history.inView(arguments[0])", unplaced.get(0))).isEqualTo(true);

    browser.js("seedsimViz.history.selectPartition('all')");
    browser.driver.findElement(By.id("h-fit")).click();
    assertThat(browser.number("seedsimViz.history.operationCount()")).isEqualTo(view.operationCount());
    assertThat(browser.number("seedsimViz.history.laneCount()")).isGreaterThan(50);
    browser.assertPageClean();
  }

  @Test
  void theSameHistoryWritesTheSameBytes() throws Exception {
    // c10-bad is checked one partition after the other, so its check is the same every time.
    Path file = SHARED.resolve("histories/porcupine/kv/c10-bad.txt");
    String first = HtmlPage.render(checked(file, "c10-bad"), null);
    assertThat(first).contains("culprit");
    assertThat(first.equals(HtmlPage.render(checked(file, "c10-bad"), null))).as("same bytes").isTrue();
  }
}
