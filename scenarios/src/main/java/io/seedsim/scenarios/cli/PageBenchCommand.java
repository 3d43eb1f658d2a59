package io.seedsim.scenarios.cli;

import io.seedsim.checker.CheckResult;
import io.seedsim.checker.Linearizability;
import io.seedsim.checker.Model;
import io.seedsim.checker.Models;
import io.seedsim.checker.Operation;
import io.seedsim.checker.bench.SyntheticKvHistory;
import io.seedsim.checker.viz.HistoryView;
import io.seedsim.checker.viz.HistoryViews;
import io.seedsim.checker.viz.HtmlPage;
import io.seedsim.checker.viz.TraceFile;
import io.seedsim.sim.run.Trace;
import io.seedsim.testkit.GuardedRun;
import io.seedsim.testkit.RunResult;
import io.seedsim.testkit.Scenario;
import io.seedsim.testkit.ScenarioRegistry;
import io.seedsim.testkit.Variants;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "page",
    mixinStandardHelpOptions = true,
    description = {
      "Size and speed of the HTML page: writing the page of a scenario run (default concurrent seed 1),",
      "and opening a synthetic history of many operations in headless Chromium (/usr/bin/chromium)."
    })
public final class PageBenchCommand implements Callable<Integer> {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  private final ScenarioRegistry registry;

  @Spec CommandSpec spec;

  @Option(names = "--scenario", defaultValue = "concurrent", description = "Scenario whose page is written (default ${DEFAULT-VALUE}).")
  String scenarioName;

  @Option(names = "--seed", defaultValue = "1", description = "Its seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--operations", defaultValue = "100000", description = "Operations of the synthetic history (default ${DEFAULT-VALUE}).")
  int operations;

  @Option(names = "--rounds", defaultValue = "3", description = "Rounds; the best is reported (default ${DEFAULT-VALUE}).")
  int rounds;

  public PageBenchCommand(ScenarioRegistry registry) {
    this.registry = registry;
  }

  @Override
  public Integer call() throws Exception {
    if (rounds < 1 || operations < 1) {
      spec.commandLine().getErr().println("seedsim bench page: --rounds and --operations must be at least 1");
      return ExitCodes.USAGE;
    }
    Scenario scenario = OptionValues.scenario(registry, scenarioName);
    PrintWriter out = spec.commandLine().getOut();
    Path dir = Files.createTempDirectory("seedsim-page-bench");
    Path runPage = dir.resolve("run.html");
    // Measured: the run of run --html, which keeps its trace for the page. Baseline, as pages were
    // made before: a run that keeps only its hash, whose page simulates the seed again, and the
    // trace's round trip through JSON lines (written, then parsed back), which pages no longer make.
    Timing before = new Timing();
    Timing kept = new Timing();
    long bestRoundTrip = Long.MAX_VALUE;
    byte[] firstPage = null;
    boolean sameBytes = true;
    Path traceFile = dir.resolve("trace.jsonl");
    for (int i = 0; i < rounds; i++) {
      before.add(scenario, seed, Trace.Mode.HASH_ONLY, runPage);
      RunResult result = kept.add(scenario, seed, Trace.Mode.FULL, runPage);
      byte[] page = Files.readAllBytes(runPage);
      if (firstPage == null) firstPage = page;
      sameBytes &= java.util.Arrays.equals(firstPage, page);
      long start = System.nanoTime();
      result.artifacts().writeTrace(traceFile);
      TraceFile.read(traceFile);
      bestRoundTrip = Math.min(bestRoundTrip, System.nanoTime() - start);
    }
    out.printf(Locale.ROOT, "page of %s seed %d: %.1f MB, written in %.2f s from the run's kept trace (the run itself:"
            + " %.2f s); best of %d%n", scenarioName, seed, Files.size(runPage) / 1e6, kept.write / 1e9, kept.run / 1e9,
        rounds);
    double baseline = before.write + bestRoundTrip;
    out.printf(Locale.ROOT, "  baseline, as before: simulating the seed again for the page %.2f s + its trace as JSON"
            + " lines (%.1f MB) written and parsed back %.2f s = %.2f s; %.1fx the time of the page from the kept trace%n",
        before.write / 1e9, Files.size(traceFile) / 1e6, bestRoundTrip / 1e9, baseline / 1e9, baseline / kept.write);
    out.println("  same page bytes in every round: " + (sameBytes ? "yes" : "NO"));

    Model<?> kv = Models.byName("kv");
    List<Operation> history = SyntheticKvHistory.linearizable(7, 10, 10, operations);
    CheckResult checked = Linearizability.check(kv, history, Duration.ofSeconds(60));
    Path historyPage = dir.resolve("history.html");
    long renderStart = System.nanoTime();
    HistoryView view = HistoryViews.of("synthetic kv history", kv, checked, "");
    Files.writeString(historyPage, HtmlPage.render(view, null), StandardCharsets.UTF_8);
    long rendered = System.nanoTime() - renderStart;
    out.printf(Locale.ROOT, "page of a %d-operation kv history (10 clients, 10 keys): %.1f MB, written in %.2f s%n",
        operations, Files.size(historyPage) / 1e6, rendered / 1e9);
    if (!Files.isExecutable(CHROMIUM)) {
      out.println("opening it: skipped, no " + CHROMIUM);
      return ExitCodes.OK;
    }
    long bestOpen = Long.MAX_VALUE;
    for (int i = 0; i < rounds; i++) bestOpen = Math.min(bestOpen, openMillis(historyPage, dir.resolve("profile-" + i)));
    out.printf(Locale.ROOT, "opening it in headless Chromium, from navigation to drawn: %d ms (best of %d)%n", bestOpen, rounds);
    return ExitCodes.OK;
  }

  /** Best run time and best page write time of one way of making the page. */
  private static final class Timing {
    long run = Long.MAX_VALUE;
    long write = Long.MAX_VALUE;

    RunResult add(Scenario scenario, long seed, Trace.Mode mode, Path page) throws IOException {
      long start = System.nanoTime();
      RunResult result = GuardedRun.execute(scenario, seed, Variants.NONE, mode);
      long ran = System.nanoTime();
      result.artifacts().writeHtml(page);
      long wrote = System.nanoTime();
      run = Math.min(run, ran - start);
      write = Math.min(write, wrote - ran);
      return result;
    }
  }

  /** The page marks the time from navigation start to its first drawing on its body element. */
  private static long openMillis(Path page, Path profile) throws IOException, InterruptedException {
    Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
        "--no-first-run", "--disable-background-networking", "--user-data-dir=" + profile, "--dump-dom",
        page.toUri().toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String dom = new String(chromium.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    chromium.waitFor(60, TimeUnit.SECONDS);
    Matcher ready = Pattern.compile("data-ready-ms=\"(\\d+)\"").matcher(dom);
    if (!ready.find()) throw new IOException("the page did not say when it was ready");
    return Long.parseLong(ready.group(1));
  }
}
