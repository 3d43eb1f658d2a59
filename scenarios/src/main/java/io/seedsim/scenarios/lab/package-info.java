/**
 * The lab's seven tests and the chaos scenario as deterministic scenarios.
 *
 * <p>{@link io.seedsim.scenarios.lab.LabScenarios} lists them and the buggy variants for the
 * registry. Every run records a {@link io.seedsim.scenarios.lab.HistoryEntry} history that a
 * {@link io.seedsim.scenarios.lab.HistoryCheck} judges against the kv model.
 */
package io.seedsim.scenarios.lab;
