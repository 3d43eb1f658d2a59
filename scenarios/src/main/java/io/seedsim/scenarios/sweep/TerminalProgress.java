package io.seedsim.scenarios.sweep;

import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/** A live progress bar (me.tongfei:progressbar) with runs done, failures and rate. */
public final class TerminalProgress implements ProgressDisplay {
  private final Supplier<SweepStatus> status;
  private final ProgressBar bar;
  private final ScheduledExecutorService poller;

  public TerminalProgress(Supplier<SweepStatus> status) {
    this.status = status;
    this.bar =
        new ProgressBarBuilder()
            .setTaskName("sweep")
            .setInitialMax(status.get().plannedRuns())
            .setUnit(" runs", 1)
            .showSpeed()
            .build();
    this.poller = StatusPoller.every(this::update, 200);
  }

  private void update() {
    SweepStatus now = status.get();
    bar.stepTo(now.runsDone());
    bar.setExtraMessage(", " + now.failures() + " failed");
  }

  @Override
  public void close() {
    poller.shutdownNow();
    update();
    bar.close();
  }
}
