package io.seedsim.scenarios.cli;

import io.seedsim.testkit.Scenario;
import io.seedsim.testkit.ScenarioRegistry;
import io.seedsim.testkit.Variants;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "scenarios",
    mixinStandardHelpOptions = true,
    description = "List the scenarios and buggy variants (the built-in ones, or --registry's), one per line.")
public final class ScenariosCommand implements Callable<Integer> {
  private final ScenarioRegistry registry;

  @Spec CommandSpec spec;

  @Mixin RegistryOptions registryOptions;

  public ScenariosCommand(ScenarioRegistry registry) {
    this.registry = registry;
  }

  @Override
  public Integer call() {
    ScenarioRegistry registry = registryOptions.choose(this.registry);
    PrintWriter out = spec.commandLine().getOut();
    for (Scenario scenario : registry.all()) {
      out.println("scenario " + scenario.name() + " - " + scenario.description());
    }
    if (registry.variants().stream().noneMatch(v -> v.name().equals(Variants.NONE))) {
      out.println("variant " + Variants.NONE + " - the system as written, no bug switched on (the default)");
    }
    for (ScenarioRegistry.VariantInfo variant : registry.variants()) {
      out.println("variant " + variant.name() + " - " + variant.description());
    }
    out.flush();
    return ExitCodes.OK;
  }
}
