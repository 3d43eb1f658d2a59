package io.seedsim.scenarios.cli;

import io.seedsim.scenarios.sweep.JsonReport;
import io.seedsim.scenarios.sweep.ShardReports;
import io.seedsim.scenarios.sweep.SummaryText;
import io.seedsim.scenarios.sweep.SweepSummary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "merge",
    mixinStandardHelpOptions = true,
    description = {
      "One summary from the --report files of a sweep's shards.",
      "",
      "Prints what one unsharded sweep would: the counts, the failures with their replay"
          + " commands, the bound, and the seeds that no report covers. Reports of different"
          + " sweeps (scenario, variant, seeds, build) are refused."
    },
    footer = {
      "",
      "Exit codes: 0 = every seed covered and passed, 1 = a run failed,",
      "            2 = a report refused or unreadable,",
      "            4 = some seeds did not run (a shard missing, stopped, or cut",
      "                short by the environment) and none failed."
    })
public final class MergeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "REPORT", description = "Shard reports (sweep --report).")
  List<Path> inputs;

  @Option(names = "--report", paramLabel = "F", description = "Write the merged summary as JSON.")
  Path reportFile;

  @Option(names = "--junit", paramLabel = "F", description = "Write the merged JUnit XML report.")
  Path junitFile;

  @Override
  public Integer call() {
    List<ShardReports.Input> reports = new ArrayList<>();
    for (Path input : inputs) {
      reports.add(new ShardReports.Input(input.toString(), read(input)));
    }
    SweepSummary summary;
    try {
      summary = ShardReports.merge(reports);
    } catch (IllegalArgumentException e) {
      throw new UsageError(e.getMessage());
    }
    SweepReports outputs = SweepReports.check(reportFile, junitFile, summary.scope());
    SummaryText.print(summary, spec.commandLine().getOut());
    spec.commandLine()
        .getErr()
        .println(
            "seedsim merge: "
                + reports.size()
                + (reports.size() == 1 ? " report" : " reports")
                + " (shards "
                + ShardReports.shards(reports)
                + ")");
    boolean written = outputs.write(summary, "seedsim merge", spec.commandLine().getErr());
    if (!summary.allPassed()) {
      return ExitCodes.FAILED;
    }
    return summary.complete() && written ? ExitCodes.OK : ExitCodes.ENVIRONMENT;
  }

  private static JsonReport.Report read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return JsonReport.read(in);
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      var at = e.getLocation();
      throw new UsageError(
          file + ": not a sweep report (not valid JSON"
              + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr())
              + ")");
    } catch (java.nio.file.NoSuchFileException e) {
      throw new UsageError(file + ": no such file");
    } catch (IOException e) {
      throw new UsageError(file + ": cannot read: " + FileErrors.describe(e));
    }
  }
}
