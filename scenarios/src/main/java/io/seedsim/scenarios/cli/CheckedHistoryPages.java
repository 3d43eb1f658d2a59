package io.seedsim.scenarios.cli;

import io.seedsim.checker.CheckResult;
import io.seedsim.checker.HistoryFormat;
import io.seedsim.checker.HistoryFormatException;
import io.seedsim.checker.HistoryFormats;
import io.seedsim.checker.Linearizability;
import io.seedsim.checker.Model;
import io.seedsim.checker.Operation;
import io.seedsim.checker.viz.HistoryView;
import io.seedsim.checker.viz.HistoryViewSource;
import io.seedsim.checker.viz.HistoryViews;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Reads a history file, checks it, and makes the history page's view of it. */
final class CheckedHistoryPages implements HistoryViewSource {
  private final Model<?> model;
  private final HistoryFormat format;
  private final Duration timeout;

  /** @param format null to guess it from the file name */
  CheckedHistoryPages(Model<?> model, HistoryFormat format, Duration timeout) {
    this.model = model;
    this.format = format;
    this.timeout = timeout;
  }

  @Override
  public HistoryView load(Path file) {
    List<Operation> history;
    try {
      history = format == null ? HistoryFormats.read(file, model) : HistoryFormats.read(file, format, model);
    } catch (HistoryFormatException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    return view(file, history, Linearizability.check(model, history, timeout));
  }

  HistoryView view(Path file, List<Operation> history, CheckResult result) {
    String title = file.getFileName() + " (" + history.size() + " operations, model " + model.name() + ")";
    return HistoryViews.of(title, model, result, "");
  }
}
