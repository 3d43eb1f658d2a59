package io.seedsim.checker.viz;

import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.checker.HistoryFormat;
import io.seedsim.checker.HistoryFormats;
import io.seedsim.checker.KnossosHistories;
import io.seedsim.checker.Linearizability;
import io.seedsim.checker.Model;
import io.seedsim.checker.Models;
import io.seedsim.checker.Operation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page's generic rendering shows histories of Knossos's other models, with their words. */
class KnossosModelsPageTest {
  private static Browser browser;
  @TempDir static Path dir;

  @BeforeAll
  static void startBrowser() throws Exception {
    browser = Browser.shared();
  }

  private static final Map<String, String> BLOCKED = Map.of(
      "mutex", "acquire()",
      "multi-register", "txn(read :x -> 2)",
      "set", "read() -> #{}",
      "unordered-queue", "dequeue() -> 3",
      "fifo-queue", "dequeue() -> 2");

  @Test
  void eachModelsViolationIsDrawnAndExplainedInItsOwnWords() throws Exception {
    for (String name : List.of("mutex", "multi-register", "set", "unordered-queue", "fifo-queue")) {
      Model<?> model = Models.byName(name);
      List<Operation> history = HistoryFormats.parse(name + ".edn", KnossosHistories.VIOLATIONS.get(name), HistoryFormat.EDN, model);
      HistoryView view = HistoryViews.of(name, model, Linearizability.check(model, history, null), "");
      browser.open(HtmlPage.render(view, null), dir, name + ".html");
      browser.driver.findElement(org.openqa.selenium.By.id("h-fit")).click();
      assertThat(browser.number("seedsimViz.history.operationCount()")).as(name).isEqualTo(history.size());
      assertThat(browser.text("h-explanation")).as(name).contains(BLOCKED.get(name));
      browser.assertPageClean();
    }
  }
}
