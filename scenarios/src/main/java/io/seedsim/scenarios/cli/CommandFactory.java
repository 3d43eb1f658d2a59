package io.seedsim.scenarios.cli;

import io.seedsim.testkit.ScenarioRegistry;
import picocli.CommandLine;

/**
 * Builds subcommands; one with a {@code (ScenarioRegistry)} constructor gets the registry the
 * command line was made with, so tests can inject fake scenarios.
 */
final class CommandFactory implements CommandLine.IFactory {
  private final ScenarioRegistry registry;

  CommandFactory(ScenarioRegistry registry) {
    this.registry = registry;
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    try {
      return type.getDeclaredConstructor(ScenarioRegistry.class).newInstance(registry);
    } catch (NoSuchMethodException noRegistry) {
      return CommandLine.defaultFactory().create(type);
    }
  }
}
