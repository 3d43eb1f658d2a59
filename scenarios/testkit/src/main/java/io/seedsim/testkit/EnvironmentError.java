package io.seedsim.testkit;

import java.util.Locale;

/**
 * The JVM, not the scenario, failed: out of memory, no thread could be started, a class could not
 * be loaded. Such a run has no outcome (it did not pass and did not fail), so it is never counted
 * or reported as a failure of the system under test. A StackOverflowError is not one of these: it
 * is as deterministic as the scenario's recursion, so it stays a failed run.
 */
public final class EnvironmentError extends RuntimeException {

  /** {@code cause}: the environmental throwable itself, as {@link #rootOf} finds it. */
  public EnvironmentError(Throwable cause) {
    super(cause.toString(), cause, false, false); // no stack trace: it may run short of memory
  }

  /**
   * The environment's failure that {@code thrown} is or wraps (a parallel checker hands an
   * OutOfMemoryError back inside a CompletionException), or null when it is the code's own.
   */
  public static Throwable rootOf(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (isEnvironmental(t)) {
        return t;
      }
    }
    return null;
  }

  private static boolean isEnvironmental(Throwable thrown) {
    if (thrown instanceof ExceptionInInitializerError) {
      return false; // the class's own static code threw; an environmental cause is found below
    }
    return thrown instanceof OutOfMemoryError
        || thrown instanceof LinkageError
        || thrown instanceof InternalError
        || thrown instanceof UnknownError;
  }

  /** What happened, in a few words: {@code out of memory (Java heap space)}. */
  public String what() {
    Throwable cause = getCause();
    String message = cause.getMessage() == null ? "" : cause.getMessage();
    if (cause instanceof OutOfMemoryError) {
      return startingThreads(message)
          ? "no thread could be started (" + message + ")"
          : message.isEmpty() ? "out of memory" : "out of memory (" + message + ")";
    }
    if (cause instanceof LinkageError) {
      return "a class could not be loaded (" + cause + ")";
    }
    return "the JVM failed (" + cause + ")";
  }

  /** What to do about it, in one clause. */
  public String advice() {
    Throwable cause = getCause();
    if (cause instanceof OutOfMemoryError) {
      return startingThreads(cause.getMessage())
          ? "the process or user thread limit (ulimit -u, a container's pids limit) or memory"
              + " for thread stacks ran out: use fewer --jobs or raise the limit"
          : "give the JVM more memory, e.g. SEEDSIM_JAVA_OPTS=-Xmx2g bin/seedsim ...";
    }
    if (cause instanceof LinkageError) {
      return "the JVM may have run out of memory while loading it, or the build is broken:"
          + " rebuild (mvn -B package) and retry";
    }
    return "retry; if it happens again, report it with the output of java -version";
  }

  private static boolean startingThreads(String message) {
    return message != null && message.toLowerCase(Locale.ROOT).contains("native thread");
  }
}
