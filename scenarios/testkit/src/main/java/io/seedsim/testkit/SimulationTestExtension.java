package io.seedsim.testkit;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;

/** Turns a {@link SimulationTest} method into one test per seed. */
public final class SimulationTestExtension implements TestTemplateInvocationContextProvider {

  @Override
  public boolean supportsTestTemplate(ExtensionContext context) {
    return context
        .getTestMethod()
        .map(m -> m.isAnnotationPresent(SimulationTest.class))
        .orElse(false);
  }

  @Override
  public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(
      ExtensionContext context) {
    Method method = context.getRequiredTestMethod();
    SimulationTest test =
        AnnotationSupport.findAnnotation(method, SimulationTest.class).orElseThrow();
    SeedRange seeds =
        SeedSelection.choose(
            test,
            context.getConfigurationParameter(SeedSelection.SEED),
            context.getConfigurationParameter(SeedSelection.SEEDS));
    Optional<Scenario> scenario = scenario(test);
    boolean shrink = FailureShrink.enabled(test, context.getConfigurationParameter(FailureShrink.SHRINK));
    Duration shrinkTime = FailureShrink.time(context.getConfigurationParameter(FailureShrink.SHRINK_TIME));
    String testId = testId(context.getRequiredTestClass(), method);
    return LongStream.rangeClosed(seeds.first(), seeds.last())
        .mapToObj(seed -> new SeedInvocation(seed, testId, scenario, test.variant(), test.checkDeterminism(), shrink,
            shrinkTime, replayOptions(test)));
  }

  private static Optional<Scenario> scenario(SimulationTest test) {
    if (test.scenario().isEmpty()) {
      return Optional.empty();
    }
    ScenarioRegistry registry = registry(test.registry());
    if (!registry.hasVariant(test.variant())) {
      throw new ExtensionConfigurationException(
          "@SimulationTest(variant = \"" + test.variant() + "\"): unknown variant");
    }
    return Optional.of(
        registry
            .find(test.scenario())
            .orElseThrow(
                () ->
                    new ExtensionConfigurationException(
                        "@SimulationTest(scenario = \""
                            + test.scenario()
                            + "\"): unknown scenario")));
  }

  /**
   * The options a user's registry needs on the command line, from the module's directory, where
   * Maven runs the test; seedsim's own scenarios are in its jar already.
   */
  private static String replayOptions(SimulationTest test) {
    String registry = test.registry().getName();
    return registry.startsWith("io.seedsim.scenarios.") ? ""
        : " --classpath target/test-classes:target/classes --registry " + Replay.shellWord(registry);
  }

  private static ScenarioRegistry registry(Class<? extends Supplier<ScenarioRegistry>> source) {
    try {
      return source.getDeclaredConstructor().newInstance().get();
    } catch (ReflectiveOperationException e) {
      throw new ExtensionConfigurationException(
          source.getName() + " needs a public no-argument constructor", e);
    }
  }

  /** {@code Class#method} as Maven's {@code -Dtest} takes it. */
  private static String testId(Class<?> type, Method method) {
    String name = type.getName();
    String simple =
        type.getPackageName().isEmpty() ? name : name.substring(type.getPackageName().length() + 1);
    return simple + "#" + method.getName();
  }
}
