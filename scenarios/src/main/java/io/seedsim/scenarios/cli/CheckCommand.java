package io.seedsim.scenarios.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.seedsim.checker.CheckOptions;
import io.seedsim.checker.CheckResult;
import io.seedsim.checker.HistoryFormat;
import io.seedsim.checker.HistoryFormatException;
import io.seedsim.checker.HistoryFormats;
import io.seedsim.checker.HistoryReadTimeoutException;
import io.seedsim.checker.Linearizability;
import io.seedsim.checker.Model;
import io.seedsim.checker.Models;
import io.seedsim.checker.Operation;
import io.seedsim.checker.PartitionResult;
import io.seedsim.checker.Unplaceable;
import io.seedsim.checker.Verdict;
import io.seedsim.checker.search.Deadline;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import io.seedsim.checker.viz.HistoryView;
import io.seedsim.checker.viz.HtmlPage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = "Check recorded histories for linearizability.",
    footer = {
      "",
      "Formats (guessed from the file name when --format is absent):",
      "  jsonl     (.jsonl .ndjson .json) one operation per line, e.g.",
      "            {\"client\":3,\"op\":\"append\",\"key\":\"1\",\"value\":\"x\",",
      "             \"output\":\"old\",\"call\":120,\"return\":450}",
      "            \"return\": null = unknown outcome.",
      "            \"output\" left out = not observed; \"output\": null = read nil",
      "            (register: nil; kv: the key was missing, \"\").",
      "            A cas has \"value\": [from, to] and \"output\": true (it applied)",
      "            or false (the comparison failed). Numbers are exact.",
      "  edn       (.edn .txt) Jepsen/Knossos/Maelstrom events: maps one after",
      "            another, or one vector or list of them; comments and #_",
      "            allowed. :invoke then :ok, :fail (did not happen) or :info",
      "            (unknown outcome), paired by :process; an invoke never",
      "            completed is an unknown outcome. Keys come from :key or from",
      "            [key value] tuples; keys of different types stay apart.",
      "            An :ok read of nil read nil (kv: \"\"). If every :ok append",
      "            echoes its argument, appends did not observe the old value;",
      "            otherwise each :ok append's value is the old value.",
      "  etcd-log  (.log) Porcupine's Jepsen etcd logs; use --model cas-register.",
      "A file with no operations (empty, or []) is an input error.",
      "",
      "Every file is checked, even after one that cannot be read; files are",
      "checked side by side, one per core, and printed in the order given",
      "(each file's ms is its own time, read while the others ran).",
      "Exit codes: 0 = every file linearizable, 1 = some file not linearizable,",
      "            3 = some file unknown (time budget spent), none not linearizable,",
      "            2 = usage error, or some file could not be read (one line on",
      "                stderr naming file, line, problem); 2 wins over 1 and 3:",
      "                the other files' verdicts are still printed and reported."
    })
public final class CheckCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--model", required = true, paramLabel = "MODEL",
      description = "kv, lin-kv, register, cas-register, or Knossos's mutex, multi-register, set, unordered-queue, fifo-queue.")
  String modelName;

  @Option(names = "--format", paramLabel = "FORMAT", description = "jsonl, edn or etcd-log.")
  String formatName;

  /** --timeout when not given, as picocli and {@link PlainCheckLine} read it. */
  static final String DEFAULT_TIMEOUT = "60";

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = DEFAULT_TIMEOUT,
      description = "Time budget per file, reading included, in seconds (default ${DEFAULT-VALUE}); past it the verdict is unknown.")
  double timeoutSeconds;

  @Option(names = "--report", paramLabel = "FILE",
      description = "Write a JSON array: one {file, verdict, operations, partitions, millis} per file;"
          + " a file that could not be read has verdict \"error\" and a \"message\".")
  Path report;

  @Option(names = "--html", paramLabel = "FILE",
      description = "Write the history page (one self-contained HTML file) of the one history checked.")
  Path html;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "History files.")
  List<Path> files;

  /** One file's check: its verdict, what it prints, and the history and result for a page (null if not read). */
  record FileCheck(Path file, FileVerdict verdict, List<Operation> history, CheckResult result, String out, String err) {
    static FileCheck printed(Path file, FileVerdict verdict, StringWriter out, StringWriter err) {
      return new FileCheck(file, verdict, null, null, out.toString(), err.toString());
    }
  }

  /** One file, as reported: checked (message null), or not readable (verdict null). */
  record FileVerdict(String file, Verdict verdict, int operations, int partitions, double millis,
      String message) {
    static FileVerdict error(Path file, String message) {
      return new FileVerdict(file.toString(), null, 0, 0, 0, message);
    }
  }

  @Override
  public Integer call() {
    return check(spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  /** The command once its fields are set: by picocli, or by {@link PlainCheckLine} without it. */
  int check(PrintWriter out, PrintWriter err) {
    Model<?> model;
    HistoryFormat format = null;
    Duration timeout;
    try {
      model = HistoryOptions.model(modelName);
      format = HistoryOptions.format(formatName);
      timeout = HistoryOptions.timeout(timeoutSeconds);
      if (html != null && files.size() > 1) {
        throw new IllegalArgumentException("--html draws one history, but " + files.size() + " files were given");
      }
    } catch (IllegalArgumentException e) {
      err.println("seedsim check: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    List<FileVerdict> verdicts = new ArrayList<>();
    HistoryFormat given = format;
    try (FileChecks<FileCheck> checks = new FileChecks<>(files, file -> checkFile(file, model, given, timeout))) {
      for (int i = 0; i < checks.size(); i++) {
        // Each file's lines once the files before it are printed: the order of the arguments.
        FileCheck c = checks.get(i);
        err.print(c.err());
        err.flush();
        out.print(c.out());
        out.flush();
        verdicts.add(c.verdict());
        if (html != null && c.result() != null) {
          try {
            HistoryView view = new CheckedHistoryPages(model, format, timeout).view(c.file(), c.history(), c.result());
            Files.writeString(html, HtmlPage.render(view, null), StandardCharsets.UTF_8);
            out.println("wrote " + html);
          } catch (IOException e) {
            err.println("seedsim check: cannot write the page " + html + ": " + e.getMessage());
            return ExitCodes.USAGE;
          }
        }
      }
    }
    if (report != null) {
      try {
        writeReport(verdicts);
      } catch (IOException e) {
        err.println("seedsim check: cannot write the report " + report + ": " + e.getMessage());
        return ExitCodes.USAGE;
      }
    }
    if (verdicts.stream().anyMatch(v -> v.message() != null)) return ExitCodes.USAGE;
    boolean anyViolation = verdicts.stream().anyMatch(v -> v.verdict() == Verdict.NOT_LINEARIZABLE);
    boolean anyUnknown = verdicts.stream().anyMatch(v -> v.verdict() == Verdict.UNKNOWN);
    return anyViolation ? ExitCodes.FAILED : anyUnknown ? ExitCodes.UNKNOWN : ExitCodes.OK;
  }

  /**
   * Reads and checks one file, with its own budget from when it starts; what it would print is
   * kept in the result, so that files checked at once still print in the order given.
   */
  private static FileCheck checkFile(Path file, Model<?> model, HistoryFormat format, Duration timeout) {
    StringWriter outText = new StringWriter();
    StringWriter errText = new StringWriter();
    PrintWriter out = new PrintWriter(outText);
    long start = System.nanoTime();
    // One budget for the file, reading included: readers poll it.
    Deadline deadline = Deadline.after(timeout);
    List<Operation> history;
    try {
      history = HistoryFormats.read(file, format == null ? HistoryFormats.guess(file) : format, model, deadline);
    } catch (HistoryFormatException e) {
      new PrintWriter(errText).println("seedsim check: " + e.getMessage());
      return FileCheck.printed(file, FileVerdict.error(file, e.getMessage()), outText, errText);
    } catch (HistoryReadTimeoutException e) {
      FileVerdict unknown = unknownWhileReading(out, file, "the time budget ran out while reading, at line " + e.line(), start);
      return FileCheck.printed(file, unknown, outText, errText);
    }
    if (deadline.passed()) {
      FileVerdict unknown = unknownWhileReading(out, file, "the time budget ran out while reading the file", start);
      return FileCheck.printed(file, unknown, outText, errText);
    }
    // Reading spent part of the budget; the search gets what is left of the same deadline.
    CheckResult result = Linearizability.checkWith(model, history, CheckOptions.until(deadline));
    FileVerdict verdict = report(out, file, history, result);
    return new FileCheck(file, verdict, history, result, outText.toString(), errText.toString());
  }

  private static FileVerdict report(PrintWriter out, Path file, List<Operation> history, CheckResult result) {
    double millis = result.checkNanos() / 1e6;
    int partitions = result.partitions().size();
    out.printf(Locale.ROOT, "%s: %s (%s, %s, %.1f ms)%n", file, result.verdict().label(),
        count(history.size(), "operation"), count(partitions, "partition"), millis);
    // Once one partition is not linearizable, the others stop unfinished: name only the culprits.
    List<PartitionResult> shown = result.partitions().stream().filter(p -> p.verdict() == result.verdict()).toList();
    if (result.verdict() != Verdict.LINEARIZABLE) shown.forEach(p -> describe(out, p));
    int unfinished = result.failures().size() - shown.size();
    if (unfinished > 0) {
      out.printf("  (%d other partition%s left unfinished once the verdict was settled)%n",
          unfinished, unfinished == 1 ? "" : "s");
    }
    return new FileVerdict(file.toString(), result.verdict(), history.size(), partitions, millis, null);
  }

  private static FileVerdict unknownWhileReading(PrintWriter out, Path file, String why, long start) {
    double millis = (System.nanoTime() - start) / 1e6;
    out.printf(Locale.ROOT, "%s: %s (%.1f ms)%n  %s%n", file, Verdict.UNKNOWN.label(), millis, why);
    return new FileVerdict(file.toString(), Verdict.UNKNOWN, 0, 0, 0, null);
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static void describe(PrintWriter out, PartitionResult failure) {
    String where = failure.partition().equals(Linearizability.WHOLE_HISTORY) ? "" : "key " + failure.partition() + ": ";
    out.println("  " + where + failure.verdict().label() + ": " + failure.explanation());
    if (failure.verdict() != Verdict.NOT_LINEARIZABLE) return;
    out.println("    longest linearizable prefix: " + failure.longestPrefix().size() + " of "
        + failure.operations().size() + " operations");
    for (Unplaceable u : failure.unplaceable()) {
      out.println("    cannot place operation " + u.operationId() + ", " + u.operation() + ": " + u.reason());
    }
  }

  private void writeReport(List<FileVerdict> verdicts) throws IOException {
    ObjectMapper json = new ObjectMapper();
    ArrayNode array = json.createArrayNode();
    for (FileVerdict v : verdicts) {
      ObjectNode node = array.addObject();
      node.put("file", v.file());
      node.put("verdict", v.verdict() == null ? "error" : v.verdict().label());
      node.put("operations", v.operations());
      node.put("partitions", v.partitions());
      node.put("millis", v.millis());
      if (v.message() != null) node.put("message", v.message());
    }
    json.writerWithDefaultPrettyPrinter().writeValue(report.toFile(), array);
  }
}
