package io.seedsim.checker.viz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/** Every page says first how the run ended; a failed run never looks like a pass. */
class OutcomeInBrowserTest {
  private static Browser browser;
  @TempDir static Path dir;

  @BeforeAll
  static void startBrowser() throws IOException {
    browser = Browser.shared();
  }

  @Test
  void aRunThatFailedWithALinearizableHistoryShowsItsFailureFirst() throws IOException {
    // static-shards seed 0 variant primary-only: every get is consistent, too few complete.
    TraceView trace = TraceFile.read(SyntheticTrace.write(dir.resolve("po.jsonl"), 5, 3, 300));
    RunOutcomeView outcome = RunOutcomeView.of("static-shards", 0, "primary-only",
        "4 of 10 gets completed before a quiet window of 2 s, expected 5..7 (at 2023100 us)",
        "bin/seedsim run --scenario static-shards --seed 0 --variant primary-only", null);
    browser.open(HtmlPage.render(outcome, Samples.ofTrace(trace), trace), dir, "po.html");

    assertThat(browser.js("return seedsimViz.outcome.isFirst()")).isEqualTo(true);
    assertThat(browser.js("return seedsimViz.outcome.headline()"))
        .isEqualTo("Run FAILED: scenario static-shards, seed 0, variant primary-only");
    assertThat(browser.driver.findElement(By.id("outcome")).getText()).contains(
        "reason\n4 of 10 gets completed before a quiet window of 2 s, expected 5..7",
        "replay\nbin/seedsim run --scenario static-shards --seed 0 --variant primary-only",
        "history check\nlinearizable");
    assertThat(browser.text("h-verdict")).isEqualTo("history: linearizable");
    browser.assertPageClean();
  }

  @Test
  void aServerExceptionIsTheOutcomeAndAShrunkCaseNamesItsOriginalSeed() throws IOException {
    RunOutcomeView outcome = RunOutcomeView.of("unreliable", 12, "none",
        "server s0 threw java.lang.NumberFormatException: For input string: \"x\"",
        "bin/seedsim run --scenario unreliable --seed 12", "00aa").shrunk("bin/seedsim run --case /tmp/case-12.json", 12);
    browser.open(HtmlPage.render(outcome, Samples.staleRead(), null), dir, "exception.html");

    assertThat(browser.js("return seedsimViz.outcome.headline()"))
        .isEqualTo("Shrunk case FAILED: scenario unreliable, seed 12, variant none");
    assertThat(browser.driver.findElement(By.id("outcome")).getText()).contains(
        "NumberFormatException", "shrunk from\nseed 12", "case\nbin/seedsim run --case /tmp/case-12.json");
    browser.assertPageClean();
  }

  @Test
  void aTraceFromAnotherSimulationIsLeftOutAndTheMismatchSaid() throws IOException {
    TraceView trace = TraceFile.read(SyntheticTrace.write(dir.resolve("mm.jsonl"), 5, 3, 300)).withTraceHash("1111");
    RunOutcomeView outcome = RunOutcomeView.of("chaos", 4, "none", null, "bin/seedsim run --scenario chaos --seed 4", "2222");
    browser.open(HtmlPage.render(outcome, Samples.ofTrace(trace), trace), dir, "mismatch.html");

    assertThat(browser.js("return seedsimViz.outcome.headline()")).isEqualTo("Run passed: scenario chaos, seed 4, variant none");
    assertThat(browser.driver.findElement(By.id("outcome")).getText())
        .contains("trace hash 1111, but the run had 2222", "not deterministic");
    assertThat(browser.js("return seedsimViz.trace === undefined")).isEqualTo(true);
    assertThat(browser.driver.findElement(By.id("tabs")).isDisplayed()).isFalse();
    browser.assertPageClean();
  }

  @Test
  void aHistoryFileAloneSaysItsVerdictIsTheHistoryCheck() throws IOException {
    browser.open(HtmlPage.render(Samples.staleRead(), null), dir, "file.html");

    assertThat(browser.js("return seedsimViz.outcome.headline()"))
        .isEqualTo("History check: not linearizable (13 operations; violation in partition 1)");
    browser.assertPageClean();
  }
}
