package io.seedsim.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A value that arrives later, on the simulation's one thread. Client logic chains promises instead
 * of blocking, so a clerk reads as sequential code without threads. Callbacks run synchronously,
 * in the order they were added, when the promise completes (or at once if it already has).
 *
 * <p>A {@link RuntimeException} thrown by a callback fails the derived promise. An {@link Error}
 * (an {@code AssertionError} from a client's check, say) is never swallowed: it propagates and
 * ends the run, so a broken check cannot go unnoticed.
 */
public final class Promise<T> {

  private enum State { PENDING, SUCCEEDED, FAILED }

  private State state = State.PENDING;
  private T value;
  private Throwable error;
  private List<BiConsumer<T, Throwable>> callbacks;

  private Promise() {}

  public static <T> Promise<T> pending() {
    return new Promise<>();
  }

  public static <T> Promise<T> completed(T value) {
    Promise<T> p = new Promise<>();
    p.complete(value);
    return p;
  }

  public static <T> Promise<T> failed(Throwable error) {
    Promise<T> p = new Promise<>();
    p.fail(error);
    return p;
  }

  /** Completes with {@code value}; returns false (and does nothing) if already completed. */
  public boolean complete(T value) {
    if (state != State.PENDING) {
      return false;
    }
    this.value = value;
    this.state = State.SUCCEEDED;
    runCallbacks();
    return true;
  }

  /** Fails with {@code error}; returns false (and does nothing) if already completed. */
  public boolean fail(Throwable error) {
    if (state != State.PENDING) {
      return false;
    }
    this.error = error;
    this.state = State.FAILED;
    runCallbacks();
    return true;
  }

  public boolean isDone() {
    return state != State.PENDING;
  }

  public boolean succeeded() {
    return state == State.SUCCEEDED;
  }

  /** The value; throws if the promise is pending or failed. */
  public T get() {
    return switch (state) {
      case SUCCEEDED -> value;
      case FAILED -> throw new IllegalStateException("promise failed", error);
      case PENDING -> throw new IllegalStateException("promise is still pending");
    };
  }

  /** The failure, or null. */
  public Throwable error() {
    return error;
  }

  /** Runs {@code callback} with (value, null) or (null, error) once this promise completes. */
  public void whenComplete(BiConsumer<T, Throwable> callback) {
    if (state == State.PENDING) {
      if (callbacks == null) {
        callbacks = new ArrayList<>(2);
      }
      callbacks.add(callback);
    } else {
      callback.accept(value, error);
    }
  }

  /** A promise of {@code fn(value)}. */
  public <R> Promise<R> then(Function<? super T, ? extends R> fn) {
    Promise<R> next = new Promise<>();
    whenComplete(
        (v, e) -> {
          if (e != null) {
            next.fail(e);
            return;
          }
          R r;
          try {
            r = fn.apply(v);
          } catch (RuntimeException ex) {
            next.fail(ex);
            return;
          }
          next.complete(r);
        });
    return next;
  }

  /** A promise of the promise that {@code fn(value)} returns: the next step of a sequence. */
  public <R> Promise<R> compose(Function<? super T, Promise<R>> fn) {
    Promise<R> next = new Promise<>();
    whenComplete((v, e) -> {
      if (e != null) {
        next.fail(e);
      } else {
        continueWith(next, () -> fn.apply(v));
      }
    });
    return next;
  }

  /** On failure, continues with the promise {@code fn(error)} returns; success passes through. */
  public Promise<T> recoverWith(Function<Throwable, Promise<T>> fn) {
    Promise<T> next = new Promise<>();
    whenComplete((v, e) -> {
      if (e == null) {
        next.complete(v);
      } else {
        continueWith(next, () -> fn.apply(e));
      }
    });
    return next;
  }

  /** Settles {@code next} as the promise {@code step} returns settles, or fails it if step throws. */
  private static <R> void continueWith(Promise<R> next, Supplier<Promise<R>> step) {
    Promise<R> inner;
    try {
      inner = step.get();
    } catch (RuntimeException ex) {
      next.fail(ex);
      return;
    }
    inner.whenComplete((r, e) -> settle(next, r, e));
  }

  /** A promise of every value, in order; fails with the first failure. */
  public static <T> Promise<List<T>> all(List<Promise<T>> promises) {
    Promise<List<T>> all = new Promise<>();
    if (promises.isEmpty()) {
      all.complete(List.of());
      return all;
    }
    int[] remaining = {promises.size()};
    for (Promise<T> p : promises) {
      p.whenComplete(
          (v, e) -> {
            if (e != null) {
              all.fail(e);
            } else if (--remaining[0] == 0 && !all.isDone()) {
              List<T> values = new ArrayList<>(promises.size());
              for (Promise<T> q : promises) {
                values.add(q.value);
              }
              all.complete(values);
            }
          });
    }
    return all;
  }

  /**
   * Runs {@code attempt} until it succeeds or fails with an error {@code retryable} rejects,
   * waiting for {@code backoff} between attempts. There is no limit: as in the lab, a clerk retries
   * until the run ends. Attempts must complete asynchronously (an RPC or a timer), which keeps the
   * stack flat however many retries there are.
   */
  public static <T> Promise<T> retry(
      Supplier<Promise<T>> attempt, Predicate<Throwable> retryable, Supplier<Promise<Void>> backoff) {
    Promise<T> result = new Promise<>();
    retryStep(attempt, retryable, backoff, result);
    return result;
  }

  private static <T> void retryStep(
      Supplier<Promise<T>> attempt,
      Predicate<Throwable> retryable,
      Supplier<Promise<Void>> backoff,
      Promise<T> result) {
    attempt
        .get()
        .whenComplete(
            (v, e) -> {
              if (e == null) {
                result.complete(v);
              } else if (retryable.test(e)) {
                backoff.get().whenComplete((ignored, e2) -> retryStep(attempt, retryable, backoff, result));
              } else {
                result.fail(e);
              }
            });
  }

  private static <R> void settle(Promise<R> target, R value, Throwable error) {
    if (error != null) {
      target.fail(error);
    } else {
      target.complete(value);
    }
  }

  private void runCallbacks() {
    List<BiConsumer<T, Throwable>> toRun = callbacks;
    callbacks = null;
    if (toRun != null) {
      for (BiConsumer<T, Throwable> cb : toRun) {
        cb.accept(value, error);
      }
    }
  }
}
