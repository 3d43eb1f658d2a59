package io.seedsim.testkit;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An explicit list of scenarios and buggy variants (no classpath scanning). The command line uses
 * the lab's built-in one; a user's tests and
 * {@code bin/seedsim --registry CLASS} bring their own.
 */
public final class ScenarioRegistry {

  /** A buggy variant of the system under test, selectable with {@code --variant NAME}. */
  public record VariantInfo(String name, String description) {}

  private final List<Scenario> scenarios;
  private final List<VariantInfo> variants;

  public ScenarioRegistry(List<Scenario> scenarios, List<VariantInfo> variants) {
    this.scenarios = List.copyOf(scenarios);
    this.variants = List.copyOf(variants);
    requireUnique(scenarios.stream().map(Scenario::name).toList(), "scenario");
    requireUnique(variants.stream().map(VariantInfo::name).toList(), "variant");
  }


  /** Every scenario, in the order {@code seedsim scenarios} lists them. */
  public List<Scenario> all() {
    return scenarios;
  }

  public Optional<Scenario> find(String name) {
    return scenarios.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /** The buggy variants; {@link Variants#NONE} is always accepted and need not be listed. */
  public List<VariantInfo> variants() {
    return variants;
  }

  public boolean hasVariant(String name) {
    return name.equals(Variants.NONE) || variants.stream().anyMatch(v -> v.name().equals(name));
  }

  private static void requireUnique(List<String> names, String what) {
    Set<String> seen = new HashSet<>();
    for (String name : names) {
      if (!seen.add(name)) {
        throw new IllegalArgumentException("two " + what + "s are named " + name);
      }
    }
  }
}
