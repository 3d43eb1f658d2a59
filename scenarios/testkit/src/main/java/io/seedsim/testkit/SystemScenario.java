package io.seedsim.testkit;

import io.seedsim.checker.CheckResult;
import io.seedsim.checker.Linearizability;
import io.seedsim.checker.Model;
import io.seedsim.sim.run.FaultPlan;
import io.seedsim.sim.run.RunStatus;
import io.seedsim.sim.run.Simulation;
import io.seedsim.sim.run.SimulationFailure;
import io.seedsim.sim.run.Trace;
import io.seedsim.testkit.history.HistoryRecorder;
import io.seedsim.testkit.history.LiveCheck;
import io.seedsim.testkit.history.RecordedCall;
import java.time.Duration;
import java.util.List;

/**
 * A {@link Scenario} for one's own system, with the scaffolding done: it makes the simulation for
 * the seed and the fault plan, lets {@link #build} add the nodes, clients and nemesis, runs until
 * {@link SystemRun#finish}, quiescence or the budget, and judges: a handler's exception, a
 * {@link SystemRun#fail} (a liveness check), no progress within the budget, or a history that is
 * not linearizable under the model each fail the run with one line. A failed run's artifacts
 * (history, trace, page) come from running the seed again with a full trace, unless the run kept
 * its own ({@link #run(long, String, Trace.Mode)}).
 */
public abstract class SystemScenario implements Scenario {

  private static final Duration CHECK_BUDGET = Duration.ofMinutes(5);

  private final String name;
  private final String description;
  private final Model<?> model;

  /**
   * @param model how histories are judged, e.g. {@code Models.byName("register")}
   */
  protected SystemScenario(String name, String description, Model<?> model) {
    this.name = name;
    this.description = description;
    this.model = model;
  }

  /** Adds the system's nodes, the clients and the nemesis for one run. */
  protected abstract void build(SystemRun run);

  /** The network and faults of the run (default: none). */
  protected FaultPlan faultPlan(long seed, String variant) {
    return FaultPlan.NONE;
  }

  /** Virtual time after which a run that has not finished counts as making no progress. */
  protected long budgetMicros() {
    return 60_000_000;
  }

  protected long maxEvents() {
    return 5_000_000;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final String description() {
    return description;
  }

  public final Model<?> model() {
    return model;
  }

  @Override
  public RunResult run(long seed, String variant) {
    return run(seed, variant, Trace.Mode.HASH_ONLY);
  }

  @Override
  public RunResult run(long seed, String variant, Trace.Mode traceMode) {
    Outcome outcome = simulate(seed, variant, traceMode);
    Simulation sim = outcome.run().sim();
    SystemArtifacts artifacts =
        new SystemArtifacts(this, seed, variant, outcome.run().history().calls(), outcome.failure(), sim.trace());
    return new RunResult(name, seed, variant, outcome.failure(), sim.trace().hash(), sim.nowMicros(), sim.events(),
        sim.operations(), artifacts);
  }

  /** One run, with the simulation and history afterwards (for tests and artifacts). */
  public Outcome simulate(long seed, String variant, Trace.Mode traceMode) {
    Simulation sim = new Simulation(seed, faultPlan(seed, variant), traceMode);
    SystemRun run = new SystemRun(sim, seed, variant);
    LiveCheck live = LiveCheck.decoding(model).follow(run.history());
    build(run);
    sim.header(name, seed, variant);
    return new Outcome(run, judge(run, live));
  }

  /** A run and its one-line failure (null when it passed). */
  public record Outcome(SystemRun run, String failure) {}

  private String judge(SystemRun run, LiveCheck live) {
    RunStatus status;
    try {
      status = run.sim().run(budgetMicros(), maxEvents());
    } catch (SimulationFailure f) {
      return FailureLines.of(f);
    }
    if (run.lateFailure() != null) {
      return run.lateFailure();
    }
    if (status == RunStatus.TIME_BUDGET_SPENT || status == RunStatus.EVENT_BUDGET_SPENT) {
      return "no progress: the " + (status == RunStatus.TIME_BUDGET_SPENT ? "virtual-time" : "event")
          + " budget was spent at " + run.sim().nowMicros() + " us with " + run.history().inFlight()
          + " operations in flight" + (run.history().inFlight() == 0 ? "" : ": " + run.history().inFlightSummary(3));
    }
    if (live.linearizable()) {
      return null; // settled as the run recorded it: no check after the run
    }
    String violation = FailureLines.violation(check(run.history().calls()));
    return violation == null ? null : "history not linearizable: " + violation;
  }

  /** Judges recorded calls under the model (and draws them on the page). */
  CheckResult check(List<RecordedCall> calls) {
    return Linearizability.check(model, HistoryRecorder.operations(model, calls), CHECK_BUDGET);
  }
}
