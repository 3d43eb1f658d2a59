package io.seedsim.testkit;

/**
 * A plain description of one deterministic test (configuration, fault plan, workload, checks)
 * that runs for a seed. {@code run}, {@code sweep}, replay and the JUnit extension all call it.
 */
public interface Scenario {

  /** The name users type: {@code --scenario NAME}. */
  String name();

  /** One line for {@code seedsim scenarios}. */
  String description();

  /**
   * Runs one seed. A failure of the system under test (broken assertion, non-linearizable
   * history, no progress within the budget) is returned as a failed result, never thrown.
   *
   * @param variant a variant name from {@link ScenarioRegistry#variants()}, or {@link
   *     Variants#NONE} for the correct implementation
   */
  RunResult run(long seed, String variant);
}
