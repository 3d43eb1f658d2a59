package io.seedsim.scenarios.cli;

import io.seedsim.testkit.Scenario;
import io.seedsim.testkit.ScenarioRegistry;
import io.seedsim.testkit.Variants;
import io.seedsim.testkit.SeedRange;
import io.seedsim.scenarios.sweep.Shard;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads option values into domain values, or throws a {@link UsageError} naming the option. */
final class OptionValues {
  private OptionValues() {}

  static Scenario scenario(ScenarioRegistry registry, String name) {
    return registry
        .find(name)
        .orElseThrow(
            () ->
                new UsageError(
                    "--scenario " + name + ": unknown scenario (" + known(registry) + ")"));
  }

  /** A scenario name or {@code all}. */
  static List<Scenario> scenarios(ScenarioRegistry registry, String selection) {
    if (!selection.equals("all")) {
      return List.of(scenario(registry, selection));
    }
    if (registry.all().isEmpty()) {
      throw new UsageError("--scenario all: no scenario is registered");
    }
    return registry.all();
  }

  static String variant(ScenarioRegistry registry, String name) {
    if (!registry.hasVariant(name)) {
      String known =
          registry.variants().stream()
              .map(ScenarioRegistry.VariantInfo::name)
              .collect(Collectors.joining(", "));
      throw new UsageError(
          "--variant "
              + name
              + ": unknown variant (known: "
              + Variants.NONE
              + (known.isEmpty() ? "" : ", " + known)
              + ")");
    }
    return name;
  }

  static SeedRange seeds(String option, String text) {
    return parse(option, text, SeedRange::parse);
  }

  static long seed(String option, String text) {
    SeedRange range = seeds(option, text);
    if (range.first() != range.last()) {
      throw new UsageError(option + " " + text + ": give one seed, not a range");
    }
    return range.first();
  }

  static Shard shard(String text) {
    return parse("--shard", text, Shard::parse);
  }

  static int atLeastOne(String option, int value) {
    if (value < 1) {
      throw new UsageError(option + " " + value + ": must be at least 1");
    }
    return value;
  }

  /**
   * {@code --jobs}: default one worker per processor, at most {@link #MAX_JOBS_PER_PROCESSOR} per
   * processor. Runs are CPU-bound, so more workers only cost memory and threads.
   */
  static int jobs(Integer requested) {
    int processors = Runtime.getRuntime().availableProcessors();
    if (requested == null) {
      return processors;
    }
    int limit = MAX_JOBS_PER_PROCESSOR * processors;
    if (atLeastOne("--jobs", requested) > limit) {
      throw new UsageError(
          "--jobs "
              + requested
              + ": at most "
              + limit
              + " ("
              + MAX_JOBS_PER_PROCESSOR
              + " per processor, "
              + processors
              + (processors == 1 ? " processor" : " processors")
              + " here); runs are CPU-bound, so more workers do not run more seeds per second");
    }
    return requested;
  }

  static final int MAX_JOBS_PER_PROCESSOR = 4;

  private static <T> T parse(String option, String text, Function<String, T> parser) {
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException e) {
      throw new UsageError(option + " " + text + ": " + e.getMessage());
    }
  }

  private static String known(ScenarioRegistry registry) {
    String names = registry.all().stream().map(Scenario::name).collect(Collectors.joining(", "));
    return names.isEmpty() ? "no scenario is registered" : "known: " + names;
  }
}
