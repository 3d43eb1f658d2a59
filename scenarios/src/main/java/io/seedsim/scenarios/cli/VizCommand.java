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

  @Spec CommandSpec spec;

  private final HistoryViewSource histories;

  public VizCommand() {
    this(VizCommand::historiesNotBuiltYet);
  }

  /** @param histories reads and checks a history file; the checker's adapter at merge time */
  public VizCommand(HistoryViewSource histories) {
    this.histories = histories;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (output != null && files.size() > 1) {
      err.println("seedsim viz: -o names one page, but " + files.size() + " files were given");
      return ExitCodes.USAGE;
    }
    for (Path file : files) {
      Path page = output != null ? output : Path.of(file + ".html");
      try {
        Files.writeString(page, render(file), StandardCharsets.UTF_8);
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

  private String render(Path file) throws IOException {
    if (TraceFile.looksLikeTrace(file)) {
      return HtmlPage.render(null, TraceFile.read(file));
    }
    HistoryView history = histories.load(file);
    return HtmlPage.render(history, null);
  }

  private static HistoryView historiesNotBuiltYet(Path file) {
    throw new UnsupportedOperationException(file + ": history pages are not built yet (only trace files for now)");
  }
}
