package io.seedsim.scenarios.cli;

import io.seedsim.checker.viz.HistoryView;
import io.seedsim.checker.viz.HistoryViewSource;
import io.seedsim.checker.viz.HtmlPage;
import io.seedsim.checker.viz.TraceFile;
import io.seedsim.checker.viz.TraceFormatException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code seedsim viz FILE... [-o OUT]}: one self-contained HTML page per file. A trace file (first
 * line {@code {"kind":"header",...}}) gets the space-time diagram; any other file is a history,
 * checked through a {@link HistoryViewSource} and drawn as the history page.
 */
@Command(name = "viz", mixinStandardHelpOptions = true,
    description = "Write a self-contained HTML page for a history or trace file (FILE.html beside it, or -o OUT).")
public final class VizCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "History or trace files.")
  List<Path> files;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Where to write the page (one FILE only).")
  Path output;

  @Option(names = "--model", paramLabel = "MODEL", defaultValue = "kv",
      description = "For history files: kv, lin-kv, register or cas-register (default ${DEFAULT-VALUE}).")
  String modelName;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "For history files: jsonl, edn or etcd-log (guessed from the name when absent).")
  String formatName;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
      description = "Checking budget per history file, in seconds (default ${DEFAULT-VALUE}).")
  double timeoutSeconds;

  @Spec CommandSpec spec;

  private final HistoryViewSource injected;

  public VizCommand() {
    this(null);
  }

  /** @param histories reads and checks a history file (tests inject one); null for the checker */
  public VizCommand(HistoryViewSource histories) {
    this.injected = histories;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (output != null && files.size() > 1) {
      err.println("seedsim viz: -o names one page, but " + files.size() + " files were given");
      return ExitCodes.USAGE;
    }
    HistoryViewSource histories;
    try {
      histories = injected != null ? injected : HistoryOptions.source(modelName, formatName, timeoutSeconds);
    } catch (IllegalArgumentException e) {
      err.println("seedsim viz: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    for (Path file : files) {
      Path page = output != null ? output : Path.of(file + ".html");
      try {
        Files.writeString(page, render(file, histories), StandardCharsets.UTF_8);
        out.println("wrote " + page);
      } catch (NoSuchFileException e) {
        err.println("seedsim viz: " + e.getFile() + ": no such file");
        return ExitCodes.USAGE;
      } catch (TraceFormatException | IllegalArgumentException | UnsupportedOperationException e) {
        err.println("seedsim viz: " + e.getMessage());
        return ExitCodes.USAGE;
      } catch (IOException e) {
        err.println("seedsim viz: " + file + ": " + e.getMessage());
        return ExitCodes.USAGE;
      }
    }
    return ExitCodes.OK;
  }

  private static String render(Path file, HistoryViewSource histories) throws IOException {
    if (TraceFile.looksLikeTrace(file)) {
      return HtmlPage.render(null, TraceFile.read(file));
    }
    HistoryView history = histories.load(file);
    return HtmlPage.render(history, null);
  }
}
