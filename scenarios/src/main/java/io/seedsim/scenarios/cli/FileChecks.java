package io.seedsim.scenarios.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * {@code seedsim check}'s files, checked on as many threads as there are cores (one file: on the
 * calling thread), and handed back in the order given, each as soon as it and those before it are
 * done. An error while checking a file comes out of {@link #get} as thrown.
 */
final class FileChecks<T> implements AutoCloseable {
  private final ExecutorService pool;
  private final List<Future<T>> results = new ArrayList<>();

  FileChecks(List<Path> files, Function<Path, T> check) {
    int threads = Math.min(files.size(), Runtime.getRuntime().availableProcessors());
    if (threads <= 1) {
      pool = null;
      for (Path file : files) results.add(new FutureTask<>(() -> check.apply(file)));
      return;
    }
    AtomicInteger made = new AtomicInteger();
    pool = Executors.newFixedThreadPool(threads, work -> {
      Thread thread = new Thread(work, "seedsim-check-" + made.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    for (Path file : files) results.add(pool.submit(() -> check.apply(file)));
  }

  int size() {
    return results.size();
  }

  /** File {@code i}'s result, waiting for it if needed. */
  T get(int i) {
    Future<T> result = results.get(i);
    if (result instanceof FutureTask<T> task && pool == null) task.run(); // on this thread, once
    try {
      return result.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while checking", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error error) throw error;
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Stops the files not yet checked (after an error, say). */
  @Override
  public void close() {
    if (pool != null) pool.shutdownNow();
  }
}
