package io.seedsim.scenarios.cli;

import io.seedsim.testkit.Variants;
import picocli.CommandLine.Option;

/** {@code --variant V}, shared by {@code run} and {@code sweep}. */
final class VariantOption {
  @Option(
      names = "--variant",
      paramLabel = "V",
      defaultValue = Variants.NONE,
      description = "A buggy variant of the system under test (default: ${DEFAULT-VALUE}; see seedsim scenarios).")
  String name;
}
