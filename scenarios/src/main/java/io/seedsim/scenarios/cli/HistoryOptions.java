package io.seedsim.scenarios.cli;

import io.seedsim.checker.HistoryFormat;
import io.seedsim.checker.Model;
import io.seedsim.checker.Models;
import java.time.Duration;

/** Parses the history options that {@code check} and {@code viz} share. */
final class HistoryOptions {
  private HistoryOptions() {}

  static Model<?> model(String name) {
    return Models.byName(name);
  }

  /** The format named, or null (guess from each file's name) when none is. */
  static HistoryFormat format(String name) {
    if (name == null) {
      return null;
    }
    return HistoryFormat.byLabel(name).orElseThrow(() -> new IllegalArgumentException(
        "unknown format '" + name + "' (expected jsonl, edn or etcd-log)"));
  }

  /** Any positive number of seconds is a real budget, however small: 1e-10 is one nanosecond, not none. */
  static Duration timeout(double seconds) {
    if (!(seconds > 0) || Double.isInfinite(seconds)) {
      throw new IllegalArgumentException("--timeout must be a positive number of seconds, got " + seconds);
    }
    double nanos = Math.ceil(seconds * 1e9);
    return nanos >= Long.MAX_VALUE / 4 ? Duration.ofNanos(Long.MAX_VALUE / 4) : Duration.ofNanos((long) nanos);
  }

  static CheckedHistoryPages source(String model, String format, double timeoutSeconds) {
    return new CheckedHistoryPages(model(model), format(format), timeout(timeoutSeconds));
  }
}
