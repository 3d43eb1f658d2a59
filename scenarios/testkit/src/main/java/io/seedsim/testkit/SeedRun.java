package io.seedsim.testkit;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.TestAbortedException;

/**
 * The extension behind one seed's test: it runs the scenario (if any) before the method, hands the
 * method its seed and run result, and makes every failure name the seed and its replay command.
 */
final class SeedRun
    implements ParameterResolver,
        BeforeTestExecutionCallback,
        AfterTestExecutionCallback,
        TestExecutionExceptionHandler {
  private final SeedInvocation invocation;
  private RunResult result; // set before the method runs when a scenario is named
  private Optional<Divergence> divergence = Optional.empty();

  SeedRun(SeedInvocation invocation) {
    this.invocation = invocation;
  }

  @Override
  public void beforeTestExecution(ExtensionContext context) {
    invocation.scenario().ifPresent(s -> {
      if (invocation.checkDeterminism()) {
        DeterminismCheck.Report report = DeterminismCheck.check(s, invocation.seed(), invocation.variant());
        result = report.first();
        divergence = report.divergence();
      } else {
        result = GuardedRun.execute(s, invocation.seed(), invocation.variant());
      }
    });
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == long.class
        || type == Long.class
        || (type == RunResult.class && invocation.scenario().isPresent());
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == RunResult.class ? result : invocation.seed();
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable thrown)
      throws Throwable {
    if (thrown instanceof TestAbortedException) {
      throw thrown; // an assumption, not a failure
    }
    String message =
        thrown.getMessage() == null ? thrown.getClass().getName() : thrown.getMessage();
    throw new SeedFailure(
        "seed " + invocation.seed() + ": " + message.strip() + "\n" + invocation.replayLines(),
        thrown);
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    if (context.getExecutionException().isPresent()) {
      return;
    }
    if (divergence.isPresent()) {
      throw new SeedFailure("seed " + invocation.seed() + ": scenario " + result.scenario() + " is "
          + divergence.get().describe() + "\n" + invocation.replayLines(), null);
    }
    if (result != null && !result.passed()) {
      throw new SeedFailure(
          "seed "
              + invocation.seed()
              + ": scenario "
              + result.scenario()
              + " failed: "
              + result.failure()
              + (result.traceHash() == null ? "" : " (trace " + result.traceHash() + ")")
              + "\n"
              + FailureArtifacts.write(result, artifactDirectory(context), invocation.replayCommand())
              + "\n"
              + invocation.replayLines()
              + shrinkLines(context),
          null);
    }
  }

  /** The shrunk case's lines, for the first failing seed of the method only (shrinking costs runs). */
  private String shrinkLines(ExtensionContext context) {
    if (!invocation.shrink() || invocation.scenario().isEmpty()) {
      return "";
    }
    ExtensionContext method = context.getParent().orElse(context);
    AtomicBoolean shrunkOne = method.getStore(ExtensionContext.Namespace.create(SeedRun.class))
        .getOrComputeIfAbsent("shrunk", k -> new AtomicBoolean(), AtomicBoolean.class);
    if (!shrunkOne.compareAndSet(false, true)) {
      return "";
    }
    return "\n" + FailureShrink.write(invocation.scenario().get(), result, artifactDirectory(context),
        invocation.shrinkTime(), invocation.replayOptions());
  }

  /** {@code target/seedsim/CLASS.METHOD/seed-N}, or under {@code -Dseedsim.artifacts=DIR}. */
  private Path artifactDirectory(ExtensionContext context) {
    Path root = context.getConfigurationParameter(ARTIFACTS).map(Path::of).orElse(FailureArtifacts.JUNIT_ROOT);
    return root.resolve(invocation.testId().replace('#', '.')).resolve("seed-" + invocation.seed());
  }

  /** The JUnit configuration parameter naming the directory for failure artifacts. */
  static final String ARTIFACTS = "seedsim.artifacts";

  /** A failed seed; its message ends with the replay command. */
  static final class SeedFailure extends AssertionError {
    SeedFailure(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
