package io.seedsim.scenarios.cli;

/** Bad input: {@link Main} prints the message as one line and exits 2. */
public final class UsageError extends RuntimeException {
  public UsageError(String message) {
    super(message);
  }
}
