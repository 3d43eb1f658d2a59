package io.seedsim.testkit;

import io.seedsim.sim.run.Trace;

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

  /**
   * As {@link #run(long, String)}, keeping the trace as {@code traceMode} says. With {@link
   * Trace.Mode#FULL} the result's artifacts write the trace and the page from this very run
   * ({@code run --html}, {@code --trace}) rather than simulating the seed again; {@link
   * Trace.Mode#HASH_ONLY} is {@link #run(long, String)}. A scenario that cannot keep its trace
   * keeps this default.
   */
  default RunResult run(long seed, String variant, Trace.Mode traceMode) {
    return run(seed, variant);
  }
}
