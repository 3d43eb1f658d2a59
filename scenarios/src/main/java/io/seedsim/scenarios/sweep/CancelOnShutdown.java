package io.seedsim.scenarios.sweep;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C for a sweep. SIGINT makes the JVM run its shutdown hooks; this hook cancels the sweep and
 * then holds the JVM until the caller has printed the summary and written the reports (or ten
 * seconds have passed), which it signals by {@link #close()}.
 */
public final class CancelOnShutdown implements AutoCloseable {
  private static final long GRACE_SECONDS = 10;

  private final CountDownLatch summaryWritten = new CountDownLatch(1);
  private final Thread hook;

  private CancelOnShutdown(Runnable cancel) {
    this.hook =
        new Thread(
            () -> {
              cancel.run();
              awaitSummary();
            },
            "seedsim-ctrl-c");
  }

  /** Installs the hook: on Ctrl-C, {@code cancel} runs. */
  public static CancelOnShutdown install(Runnable cancel) {
    CancelOnShutdown guard = new CancelOnShutdown(cancel);
    Runtime.getRuntime().addShutdownHook(guard.hook);
    return guard;
  }

  private void awaitSummary() {
    try {
      summaryWritten.await(GRACE_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The summary is out: let a pending shutdown finish, or remove the hook if none began. */
  @Override
  public void close() {
    summaryWritten.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // The hook is running (Ctrl-C); the count-down above releases it.
    }
  }
}
