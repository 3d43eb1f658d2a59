package io.seedsim.scenarios.junit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** Runs a fixture class through the JUnit launcher, as Maven would, and records what finished. */
record FixtureRun(List<Finished> tests, List<Finished> containers) {

  /** One finished test or container: its name, status and failure message (or null). */
  record Finished(String name, TestExecutionResult.Status status, String message) {
    boolean failed() {
      return status == TestExecutionResult.Status.FAILED;
    }
  }

  /** Runs {@code fixture} with the given configuration parameters and nothing from the JVM. */
  static FixtureRun of(Class<?> fixture, Map<String, String> parameters) {
    List<Finished> tests = new ArrayList<>();
    List<Finished> containers = new ArrayList<>();
    var request =
        LauncherDiscoveryRequestBuilder.request()
            .selectors(DiscoverySelectors.selectClass(fixture))
            .configurationParameters(parameters)
            .enableImplicitConfigurationParameters(false) // ignore -Dseedsim.seed given to Maven
            .build();
    LauncherFactory.create()
        .execute(
            request,
            new TestExecutionListener() {
              @Override
              public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                String message = result.getThrowable().map(Throwable::getMessage).orElse(null);
                Finished finished = new Finished(id.getDisplayName(), result.getStatus(), message);
                (id.isTest() ? tests : containers).add(finished);
              }
            });
    return new FixtureRun(tests, containers);
  }

  List<String> names() {
    return tests.stream().map(Finished::name).toList();
  }

  List<Finished> failures() {
    return tests.stream().filter(Finished::failed).toList();
  }
}
