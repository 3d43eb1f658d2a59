package io.seedsim.scenarios.sweep;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The daemon timer thread a progress display updates from. */
final class StatusPoller {
  private StatusPoller() {}

  static ScheduledExecutorService every(Runnable update, long periodMillis) {
    ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "seedsim-progress");
              thread.setDaemon(true);
              return thread;
            });
    timer.scheduleAtFixedRate(update, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    return timer;
  }
}
