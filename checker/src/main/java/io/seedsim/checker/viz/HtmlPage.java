package io.seedsim.checker.viz;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Renders the self-contained visualization page: the history view, the trace view, or both as
 * tabs. The page loads nothing: styles, script and data are inline, and its Content-Security-Policy
 * forbids every fetch and every script except the page's own (pinned by hash), so a value that
 * somehow reached the DOM as markup could still run nothing.
 */
public final class HtmlPage {
  private static final PageTemplate TEMPLATE = PageTemplate.load();

  private HtmlPage() {}

  /** A page of no run: a history file or a trace file alone. */
  public static String render(HistoryView history, TraceView trace) {
    return render(null, history, trace);
  }

  /**
   * @param outcome how the run ended, stated first on the page; null for a page of files alone
   * @param history the checked history, or null for a trace-only page (both null: a run that kept
   *     neither, whose page says only how it ended)
   * @param trace the run's trace, or null for a history-only page. When both it and {@code
   *     outcome} carry a trace hash and the two differ, the trace came from another simulation
   *     than the history: the page leaves it out and says so rather than show two runs as one
   * @return one HTML document
   */
  public static String render(RunOutcomeView outcome, HistoryView history, TraceView trace) {
    if (outcome == null && history == null && trace == null) {
      throw new IllegalArgumentException("a page needs an outcome, a history or a trace");
    }
    String mismatch = null;
    if (outcome != null && trace != null && outcome.traceHash() != null && trace.traceHash() != null
        && !outcome.traceHash().equals(trace.traceHash())) {
      mismatch = "The trace is left out: simulating this seed again gave trace hash " + trace.traceHash()
          + ", but the run had " + outcome.traceHash() + ". The same seed ran differently twice, so"
          + " something in the code under test is not deterministic (wall clock, threads, HashMap order,"
          + " its own randomness).";
      trace = history == null ? trace : null;
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("outcome", outcome);
    data.put("traceMismatch", mismatch);
    data.put("history", history);
    data.put("trace", trace);
    String script = TEMPLATE.script();
    return TEMPLATE.html()
        .replace("{{CSP}}", contentSecurityPolicy(script))
        .replace("{{STYLE}}", TEMPLATE.style())
        .replace("{{SCRIPT}}", script)
        // Data goes in last, so no placeholder text inside a value is ever replaced.
        .replace("{{DATA}}", ScriptSafeJson.writeSharing(data));
  }

  static String contentSecurityPolicy(String script) {
    return "default-src 'none'; script-src '" + sha256(script) + "'; style-src 'unsafe-inline'; "
        + "img-src data:; base-uri 'none'; form-action 'none'";
  }

  private static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
