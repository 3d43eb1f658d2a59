package io.seedsim.scenarios.sweep;

import io.seedsim.testkit.GuardedRun;

import io.seedsim.testkit.EnvironmentError;
import io.seedsim.testkit.RunResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs a {@link SweepPlan} on a fixed pool of {@code jobs} threads. Each run executes wholly on one
 * thread (a simulation stays single-threaded); workers take the next run of the plan until it is
 * done, {@code --max-failures} is reached, or {@link #cancel()} is called.
 *
 * <p>{@link #cancel()} returns the summary at once: runs still in flight are abandoned (their
 * daemon threads are interrupted) and left out of the summary, so Ctrl-C never waits on a slow run.
 *
 * <p>An environment error (out of memory, no thread, a class that cannot load) is recorded for its
 * seed, not as a failure, and no new run starts after it: the JVM's trouble would only repeat. A
 * worker that dies anyway loses no seed, since {@link SweepSummary#notRun()} lists every planned
 * run without an outcome.
 */
public final class Sweep {
  private final SweepPlan plan;
  private final long plannedRuns;
  private final AtomicLong nextRun = new AtomicLong();
  private final AtomicLong runsDone = new AtomicLong();
  private final AtomicLong failures = new AtomicLong();
  private final Object lock = new Object();
  private final List<RunOutcome> outcomes = new ArrayList<>();
  private volatile long startNanos;
  private volatile boolean stopStarting;
  private StopReason stopReason; // guarded by lock; null while running
  private int workersRunning; // guarded by lock
  private boolean cancelled; // guarded by lock
  private boolean closed; // guarded by lock: late results are ignored once the summary is taken
  private String environmentNote; // guarded by lock

  public Sweep(SweepPlan plan) {
    this.plan = plan;
    this.plannedRuns = plan.plannedRuns();
  }

  /** Runs the plan and returns its summary; call once. */
  public SweepSummary run() {
    startNanos = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(plan.jobs(), daemonThreads());
    for (int i = 0; i < plan.jobs(); i++) {
      synchronized (lock) {
        workersRunning++;
      }
      try {
        pool.execute(this::work);
      } catch (OutOfMemoryError noThread) { // "unable to create native thread"
        synchronized (lock) {
          workersRunning--;
        }
        if (i == 0) {
          pool.shutdownNow();
          throw new EnvironmentError(noThread);
        }
        noteEnvironment(
            "only " + i + " of " + plan.jobs() + " workers could start ("
                + new EnvironmentError(noThread).what() + ")");
        break;
      }
    }
    pool.shutdown();
    SweepSummary summary = awaitSummary();
    pool.shutdownNow();
    return summary;
  }

  /** Stops the sweep: the pending {@link #run()} returns the summary of finished runs. */
  public void cancel() {
    synchronized (lock) {
      stopStarting = true;
      cancelled = true;
      if (stopReason == null) {
        stopReason = StopReason.INTERRUPTED;
      }
      lock.notifyAll();
    }
  }

  public SweepStatus status() {
    long elapsed = startNanos == 0 ? 0 : System.nanoTime() - startNanos;
    return new SweepStatus(plannedRuns, runsDone.get(), failures.get(), elapsed);
  }

  private void work() {
    try {
      while (!stopStarting) {
        long index = nextRun.getAndIncrement();
        if (index >= plannedRuns) {
          return;
        }
        SweepPlan.Job job = plan.job(index);
        long begin = System.nanoTime();
        RunOutcome outcome;
        try {
          RunResult result = GuardedRun.execute(job.scenario(), job.seed(), plan.variant());
          outcome = RunOutcome.of(result, System.nanoTime() - begin, plan.replayOptions());
        } catch (EnvironmentError e) {
          outcome =
              RunOutcome.environmentError(
                  job.scenario().name(),
                  job.seed(),
                  plan.variant(),
                  e.what(),
                  System.nanoTime() - begin,
                  plan.replayOptions());
        }
        record(outcome);
      }
    } catch (Throwable dying) { // out of memory outside the run itself: its seed stays not run
      stopStarting = true;
      noteEnvironment("a worker stopped: " + dying);
      synchronized (lock) {
        if (stopReason == null) {
          stopReason = StopReason.ENVIRONMENT_ERROR;
        }
      }
    } finally {
      synchronized (lock) {
        workersRunning--;
        lock.notifyAll();
      }
    }
  }

  private void record(RunOutcome outcome) {
    synchronized (lock) {
      if (closed) {
        return;
      }
      outcomes.add(outcome);
      runsDone.incrementAndGet();
      if (outcome.hadEnvironmentError()) {
        stopStarting = true;
        if (stopReason == null) {
          stopReason = StopReason.ENVIRONMENT_ERROR;
        }
      } else if (outcome.failed() && failures.incrementAndGet() >= plan.maxFailures()) {
        stopStarting = true;
        if (stopReason == null) {
          stopReason = StopReason.MAX_FAILURES;
        }
      }
    }
  }

  private SweepSummary awaitSummary() {
    synchronized (lock) {
      while (workersRunning > 0 && !cancelled) {
        try {
          lock.wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          cancel();
        }
      }
      closed = true;
      StopReason reason = stopReason == null ? StopReason.COMPLETED : stopReason;
      return SweepSummary.of(
          plan.scope(), outcomes, reason, System.nanoTime() - startNanos, environmentNote);
    }
  }

  private void noteEnvironment(String note) {
    synchronized (lock) {
      if (environmentNote == null) {
        environmentNote = note;
      }
    }
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "seedsim-sweep-" + count.incrementAndGet());
      thread.setDaemon(true); // an abandoned run must not keep the JVM alive after Ctrl-C
      return thread;
    };
  }
}
