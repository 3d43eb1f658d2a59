package io.seedsim.scenarios.lab;

import io.seedsim.kvstore.KvImplementation;
import io.seedsim.kvstore.ReferenceKv;
import io.seedsim.kvstore.Variant;
import io.seedsim.testkit.Replay;
import io.seedsim.testkit.RunResult;
import io.seedsim.testkit.Scenario;
import io.seedsim.testkit.FailureLines;
import io.seedsim.sim.run.FaultPlan;
import io.seedsim.sim.run.RunStatus;
import io.seedsim.sim.run.Simulation;
import io.seedsim.sim.run.SimulationFailure;
import io.seedsim.sim.run.Trace;
import java.util.Arrays;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * The run of every lab scenario: build a simulation for the seed and its fault plan, let the
 * scenario add the cluster, the clients and its script, run to the script's end or the budget,
 * then judge: a client's broken check, no progress within the budget, or a history that is not
 * linearizable each fail the run with one line.
 */
public abstract class LabScenario implements Scenario {

  private static final long MAX_EVENTS = 5_000_000;

  private final String name;
  private final String description;
  private final HistoryCheck check;

  LabScenario(String name, String description, HistoryCheck check) {
    this.name = name;
    this.description = description;
    this.check = check;
  }

  /** The network and faults of the run for {@code seed}. */
  abstract FaultPlan faultPlan(long seed);

  /** Adds the servers and clients and schedules the script, which ends with {@link LabRun#finish}. */
  abstract void start(LabRun run);

  /** Virtual time after which a run that has not finished counts as making no progress. */
  abstract long budgetMicros();

  /** A note for the trace and the failure line (the chaos scenario's drawn faults), or null. */
  String configurationNote(long seed) {
    return null;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final String description() {
    return description;
  }

  /** Runs the reference store, correct or with the named buggy variant. */
  @Override
  public RunResult run(long seed, String variant) {
    return run(seed, variant, Trace.Mode.HASH_ONLY);
  }

  @Override
  public RunResult run(long seed, String variant, Trace.Mode traceMode) {
    Variant v = parseVariant(variant);
    if (v == Variant.ACK_BEFORE_FSYNC) {
      throw new IllegalArgumentException("variant ack-before-fsync is a bug of the durable servers, which only the "
          + "durable scenario runs: use --scenario durable");
    }
    return run(seed, ReferenceKv.of(v), v.id(), Replay.command(name, seed, v.id()), traceMode);
  }

  /**
   * Runs {@code implementation} (a student's, for example) for {@code seed}.
   *
   * @param label what the result, the trace header and the page call the implementation
   */
  public RunResult run(long seed, KvImplementation implementation, String label) {
    return run(seed, implementation, label, Replay.command(name, seed, label));
  }

  /**
   * As {@link #run(long, KvImplementation, String)}, for code that bin/seedsim run cannot replay (a
   * student's): {@code replayCommand} is what the page tells its reader to run.
   */
  public RunResult run(long seed, KvImplementation implementation, String label, String replayCommand) {
    return run(seed, implementation, label, replayCommand, Trace.Mode.HASH_ONLY);
  }

  /** As {@link #run(long, KvImplementation, String, String)}, keeping the trace as {@code traceMode} says. */
  public RunResult run(long seed, KvImplementation implementation, String label, String replayCommand,
      Trace.Mode traceMode) {
    LabOutcome outcome = simulate(seed, implementation, label, traceMode);
    Simulation sim = outcome.run().sim;
    LabArtifacts artifacts =
        new LabArtifacts(this, seed, implementation, label, replayCommand, outcome.run(), outcome.failure(),
            sim.trace());
    return new RunResult(name, seed, label, outcome.failure(), sim.trace().hash(), sim.nowMicros(), sim.events(),
        sim.operations(), artifacts);
  }

  /** One run of the reference store, with access to the simulation afterwards (for tests). */
  LabOutcome simulate(long seed, Variant variant, Trace.Mode traceMode) {
    return simulate(seed, ReferenceKv.of(variant), variant.id(), traceMode);
  }

  /** One run, with access to the simulation afterwards (for tests and artifacts). */
  LabOutcome simulate(long seed, KvImplementation implementation, String label, Trace.Mode traceMode) {
    Simulation sim = new Simulation(seed, faultPlan(seed), traceMode);
    LabRun run = new LabRun(sim, implementation);
    BooleanSupplier linearizable = check.follow(run.history);
    start(run);
    sim.header(name, seed, label);
    String note = configurationNote(seed);
    if (note != null) {
      sim.note(note);
    }
    String failure = judge(run, linearizable, note);
    return new LabOutcome(run, failure == null ? null : oneLine(failure));
  }

  private String judge(LabRun run, BooleanSupplier linearizable, String note) {
    RunStatus status;
    try {
      status = run.sim.run(budgetMicros(), MAX_EVENTS);
    } catch (SimulationFailure f) {
      return withNote(FailureLines.of(f), note);
    }
    if (run.lateFailure() != null) {
      return withNote(run.lateFailure(), note);
    }
    if (status != RunStatus.STOPPED) {
      return withNote(noProgress(run, status), note);
    }
    if (linearizable.getAsBoolean()) {
      return null;
    }
    String violation = check.violation(run.entries());
    return violation == null ? null : withNote("history not linearizable: " + violation, note);
  }

  private String noProgress(LabRun run, RunStatus status) {
    String pending = run.history.inFlight() + " operations pending"
        + (run.history.inFlight() == 0 ? "" : ": " + run.history.inFlightSummary(3));
    return switch (status) {
      case TIME_BUDGET_SPENT -> "livelock or no progress: virtual-time budget of "
          + budgetMicros() / 1_000_000.0 + " s spent with " + pending;
      case EVENT_BUDGET_SPENT -> "livelock: event budget of " + MAX_EVENTS + " spent at "
          + run.sim.nowMicros() + " us with " + pending;
      default -> "no progress: nothing left to happen at " + run.sim.nowMicros() + " us with " + pending;
    };
  }

  private static String withNote(String failure, String note) {
    return note == null ? failure : failure + " [" + note + "]";
  }

  private static String oneLine(String s) {
    return s.replace("\r", " ").replace("\n", " ");
  }

  static Variant parseVariant(String id) {
    return Variant.byId(id).orElseThrow(() -> new IllegalArgumentException("unknown variant '" + id + "'; known: "
        + Arrays.stream(Variant.values()).map(Variant::id).collect(Collectors.joining(", "))));
  }

  /** The run and its one-line failure (null if it passed). */
  record LabOutcome(LabRun run, String failure) {}
}
