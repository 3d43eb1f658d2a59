package io.seedsim.checker.viz;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A headless Debian Chromium driven through chromedriver. Without chromium a developer's build
 * skips the page tests; under CI (env CI set) a missing browser fails them instead.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  final ChromeDriver driver;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  private static Browser shared;

  /**
   * One browser for every page test of this JVM, at 1400 x 900: starting Chromium costs more than
   * most tests. Closed when the JVM exits.
   */
  static synchronized Browser shared() throws IOException {
    if (shared == null) {
      Browser browser = start(1400, 900);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          browser.close();
        } catch (IOException ignored) {
          // the JVM is exiting; a leftover temp profile is harmless
        }
      }));
      shared = browser;
    }
    shared.driver.manage().window().setSize(new Dimension(1400, 900));
    return shared;
  }

  static Browser start(int width, int height) throws IOException {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (System.getenv("CI") == null) {
      assumeTrue(installed, "chromium or chromedriver missing: page tests skipped (they run under CI)");
    } else if (!installed) {
      throw new IllegalStateException("CI is set but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing");
    }
    Path profile = Files.createTempDirectory("seedsim-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--hide-scrollbars", "--force-device-scale-factor=1",
        "--window-size=" + width + "," + height, "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(new Dimension(width, height));
    return new Browser(driver, profile);
  }

  /** Writes the page to a file and opens it; returns once the page's script has finished. */
  void open(String html, Path dir, String name) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, html);
    driver.get(file.toUri().toString());
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  long number(String expression) {
    return ((Number) js("return " + expression)).longValue();
  }

  /** Console messages at SEVERE level since the last call (errors, CSP reports). */
  List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage).toList();
  }

  /** An element's text content, hidden parts included. */
  String text(String id) {
    return (String) js("return document.getElementById(arguments[0]).textContent", id);
  }

  /** No script error, no console error, no blocked fetch or script, no network request at all. */
  void assertPageClean() {
    org.assertj.core.api.Assertions.assertThat(js("return seedsimViz.ready")).isEqualTo(true);
    org.assertj.core.api.Assertions.assertThat(js("return seedsimViz.errors")).isEqualTo(List.of());
    org.assertj.core.api.Assertions.assertThat(js("return seedsimViz.cspViolations")).isEqualTo(List.of());
    org.assertj.core.api.Assertions.assertThat(number("performance.getEntriesByType('resource').length")).isZero();
    org.assertj.core.api.Assertions.assertThat(consoleErrors()).isEmpty();
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> map(String expression) {
    return (Map<String, Object>) js("return " + expression);
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }
}
