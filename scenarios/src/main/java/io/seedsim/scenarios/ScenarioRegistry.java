package io.seedsim.scenarios;

import java.util.List;
import java.util.Optional;

/**
 * The explicit list of built-in scenarios and buggy variants (no classpath scanning).
 * Filled in by the kvstore scenarios (issue 4).
 */
public final class ScenarioRegistry {

  /** A buggy variant of the system under test, selectable with {@code --variant NAME}. */
  public record VariantInfo(String name, String description) {}

  private ScenarioRegistry() {}

  public static List<Scenario> all() {
    return List.of();
  }

  public static Optional<Scenario> find(String name) {
    return all().stream().filter(s -> s.name().equals(name)).findFirst();
  }

  public static List<VariantInfo> variants() {
    return List.of();
  }
}
