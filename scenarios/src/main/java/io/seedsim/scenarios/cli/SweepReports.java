package io.seedsim.scenarios.cli;

import io.seedsim.scenarios.sweep.JUnitXmlReport;
import io.seedsim.scenarios.sweep.JsonReport;
import io.seedsim.scenarios.sweep.ShrunkCases;
import io.seedsim.scenarios.sweep.StopReason;
import io.seedsim.scenarios.sweep.SweepScope;
import io.seedsim.scenarios.sweep.SweepSummary;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The {@code --report} and {@code --junit} files of {@code sweep} and {@code merge}. */
final class SweepReports {
  private final OutputFile report;
  private final OutputFile junit;

  private SweepReports(OutputFile report, OutputFile junit) {
    this.report = report;
    this.junit = junit;
  }

  /**
   * Checks both paths before any run, and writes an empty report of {@code scope} to nowhere, so
   * that every class the reports need is loaded while memory is plentiful.
   */
  static SweepReports check(Path reportFile, Path junitFile, SweepScope scope) {
    OutputFile report = OutputFile.check("--report", reportFile);
    OutputFile junit = OutputFile.check("--junit", junitFile);
    OutputFile.requireDistinct(report, junit);
    if (report != null || junit != null) {
      SweepSummary nothing = SweepSummary.of(scope, List.of(), StopReason.COMPLETED, 0, null);
      try {
        JsonReport.write(nothing, OutputStream.nullOutputStream());
        JUnitXmlReport.write(nothing, OutputStream.nullOutputStream());
      } catch (IOException e) {
        throw new IllegalStateException("writing to nowhere failed", e);
      }
    }
    return new SweepReports(report, junit);
  }

  /**
   * Writes the reports given, each even when another could not be written. Returns false when one
   * could not (a full disk): each is then named in one line on {@code err}.
   */
  boolean write(SweepSummary summary, String command, PrintWriter err) {
    return write(summary, ShrunkCases.NONE, command, err);
  }

  /** As {@link #write(SweepSummary, String, PrintWriter)}, naming each shrunk failure's case. */
  boolean write(SweepSummary summary, ShrunkCases cases, String command, PrintWriter err) {
    boolean json = write(report, file -> JsonReport.write(summary, cases, file), command, err);
    boolean xml = write(junit, file -> JUnitXmlReport.write(summary, file), command, err);
    err.flush();
    return json && xml;
  }

  private interface Report {
    void write(OutputStream out) throws IOException;
  }

  private static boolean write(OutputFile file, Report report, String command, PrintWriter err) {
    if (file == null) {
      return true;
    }
    return file.writeTelling(
        path -> {
          try (OutputStream out = Files.newOutputStream(path)) {
            report.write(out);
          }
        },
        command,
        err);
  }
}
