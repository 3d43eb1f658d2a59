package io.seedsim.testkit.history;

import io.seedsim.checker.JsonLinesHistory;
import io.seedsim.checker.Model;
import io.seedsim.checker.Operation;
import io.seedsim.checker.Outcome;
import io.seedsim.sim.NodeContext;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The client-visible history of one run, tied to the node API's client operations: {@link
 * #invoke} calls {@code ctx.beginOperation} and {@link #complete} calls {@code ctx.endOperation},
 * so the trace's operation id is the call's id and the trace and the history line up. It turns
 * into the checker's operations for any model ({@link #operations}) and into a JSON lines file
 * ({@link #write}).
 *
 * <p>An operation the client gave up on ({@link #abandon}, e.g. after a timeout) stays in the
 * history with an unknown outcome: it may or may not have happened. It no longer counts as in
 * flight, which is what a liveness check asks about. An operation that returned and definitely
 * had no effect, a cas whose comparison failed, is recorded with {@link #fail} (or {@link
 * #complete} with {@code false}, as the history format writes it): the checker's {@link
 * Outcome#FAILED}, which the {@code cas-register} model checks.
 */
public final class HistoryRecorder {

  private final List<RecordedCall> calls = new ArrayList<>();
  /** Index in {@link #calls} by trace operation id (ids are dense, from 0). */
  private final List<Integer> indexById = new ArrayList<>();
  private final List<Boolean> abandoned = new ArrayList<>();
  private int inFlight;
  private final List<HistoryListener> listeners = new ArrayList<>();

  /**
   * {@code listener} hears every call recorded from now on, and its return, after the listeners
   * before it (a {@link io.seedsim.testkit.SystemScenario}'s run has its {@link LiveCheck} first).
   */
  public void listen(HistoryListener listener) {
    listeners.add(listener);
  }

  /**
   * Records the call of an operation and marks it in the trace as {@code client C function(args)}.
   *
   * @return the operation's id, to pass to {@link #complete} or {@link #abandon}
   */
  public int invoke(NodeContext ctx, int client, String function, String key, Object value) {
    RecordedCall pending =
        new RecordedCall(-1, client, function, key, value, null, ctx.nowMicros(), Operation.UNKNOWN, Outcome.UNKNOWN);
    int id = ctx.beginOperation("client " + client + " " + pending.describe());
    while (indexById.size() <= id) {
      indexById.add(-1);
    }
    indexById.set(id, calls.size());
    RecordedCall call = new RecordedCall(id, client, function, key, value, null, pending.callMicros(), Operation.UNKNOWN,
        Outcome.UNKNOWN);
    calls.add(call);
    abandoned.add(false);
    inFlight++;
    for (HistoryListener l : listeners) {
      l.invoked(call);
    }
    return id;
  }

  /**
   * Records what operation {@code id} returned (null: nothing, as for a write). A cas returns
   * {@code true} or null when it applied and {@code false} when its comparison failed, which is
   * the same as {@link #fail}.
   */
  public void complete(NodeContext ctx, int id, Object output) {
    RecordedCall c = open(id);
    if (c.isCas() && output != null && !(output instanceof Boolean)) {
      throw new IllegalArgumentException("operation " + id + " (" + c.describe() + "): a cas returns true (it applied)"
          + " or false (its comparison failed), not " + output);
    }
    Outcome outcome = Boolean.FALSE.equals(output) && c.isCas() ? Outcome.FAILED : Outcome.OK;
    end(ctx, c, output, outcome, traceText(output));
  }

  /**
   * Operation {@code id} returned and definitely had no effect: a cas whose comparison failed
   * ({@code why} goes into the trace). Only a cas can fail so: the history format writes a failed
   * cas as the output {@code false} and has no way to say it of other operations; an operation
   * that may or may not have happened is {@link #abandon}ed instead.
   */
  public void fail(NodeContext ctx, int id, String why) {
    RecordedCall c = open(id);
    if (!c.isCas()) {
      throw new IllegalArgumentException("operation " + id + " (" + c.describe() + "): only a cas can definitely fail"
          + " in a history (its comparison failed); give up on an operation whose outcome is unknown with abandon");
    }
    end(ctx, c, Boolean.FALSE, Outcome.FAILED, "failed: " + why);
  }

  private RecordedCall open(int id) {
    RecordedCall c = calls.get(index(id));
    if (c.returned() || abandoned.get(index(id))) {
      throw new IllegalStateException("operation " + id + " (" + c.describe() + ") has already ended");
    }
    return c;
  }

  private void end(NodeContext ctx, RecordedCall c, Object output, Outcome outcome, String traceText) {
    ctx.endOperation(c.id(), traceText);
    RecordedCall ended = new RecordedCall(c.id(), c.client(), c.function(), c.key(), c.value(), output,
        c.callMicros(), ctx.nowMicros(), outcome);
    calls.set(index(c.id()), ended);
    inFlight--;
    for (HistoryListener l : listeners) {
      l.returned(ended);
    }
  }

  /** The client gave up on operation {@code id}: its outcome stays unknown. */
  public void abandon(NodeContext ctx, int id, String why) {
    int i = index(id);
    if (calls.get(i).returned() || abandoned.get(i)) {
      return;
    }
    abandoned.set(i, true);
    inFlight--;
    ctx.note("client " + calls.get(i).client() + " gave up on operation " + id + " (" + calls.get(i).describe()
        + "): " + why + "; its outcome is unknown");
  }

  /** Every call so far, in call order. */
  public List<RecordedCall> calls() {
    return List.copyOf(calls);
  }

  /** The call with trace operation id {@code id}. */
  public RecordedCall call(int id) {
    return calls.get(index(id));
  }

  /** Operations called and neither returned nor given up on. */
  public int inFlight() {
    return inFlight;
  }

  /** Operations in flight of the clients {@code counted} accepts. */
  public int inFlight(IntPredicate counted) {
    int n = 0;
    for (int i = 0; i < calls.size(); i++) {
      if (inFlight(i) && counted.test(calls.get(i).client())) {
        n++;
      }
    }
    return n;
  }

  /** The operations in flight, for a failure message: {@code client 2 get("3"), ...}. */
  public String inFlightSummary(int limit) {
    return inFlightSummary(client -> true, limit);
  }

  /** The operations in flight of the clients {@code counted} accepts, at most {@code limit}. */
  public String inFlightSummary(IntPredicate counted, int limit) {
    List<String> parts = new ArrayList<>();
    int total = 0;
    for (int i = 0; i < calls.size(); i++) {
      RecordedCall c = calls.get(i);
      if (inFlight(i) && counted.test(c.client())) {
        total++;
        if (parts.size() < limit) {
          parts.add("client " + c.client() + " " + c.describe());
        }
      }
    }
    return String.join(", ", parts) + (total > limit ? ", ..." : "");
  }

  private boolean inFlight(int index) {
    return !calls.get(index).returned() && !abandoned.get(index);
  }

  /**
   * The history as {@code model} reads it (through {@link Model#decode}, as a history file would
   * be read): ids and clients kept, so pages link to the trace.
   *
   * @throws IllegalArgumentException when the model does not know a recorded operation
   */
  public List<Operation> operations(Model<?> model) {
    return operations(model, calls);
  }

  /** {@code calls} as {@code model} reads them; see {@link #operations(Model)}. */
  public static List<Operation> operations(Model<?> model, List<RecordedCall> calls) {
    List<Operation> ops = new ArrayList<>(calls.size());
    for (RecordedCall c : calls) {
      Outcome outcome = c.outcome();
      Model.Call decoded = model.decode(c.function(), c.key(), c.value(), outcome == Outcome.OK ? c.output() : null, outcome);
      ops.add(new Operation(c.id(), c.client(), decoded.input(), decoded.output(), c.callMicros(), c.returnMicros()));
    }
    return ops;
  }

  /** Writes the history as JSON lines (seedsim's format, which {@code seedsim check} reads). */
  public void write(Writer out) throws IOException {
    JsonLinesHistory.writeLines(calls.stream().map(RecordedCall::line).toList(), out);
  }

  public void write(Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(w);
    }
  }

  /**
   * The result as the trace shows it. Values may grow to thousands of characters and the trace
   * hashes every result, so a long one appears as its length and its end; the history keeps every
   * output in full.
   */
  public static String traceText(Object output) {
    if (output == null) {
      return "ok";
    }
    String text = String.valueOf(output);
    if (text.length() <= TRACE_TEXT_MAX) {
      return text;
    }
    return "(" + text.length() + " chars) ..." + text.substring(text.length() - TRACE_TAIL);
  }

  private static final int TRACE_TEXT_MAX = 64;
  private static final int TRACE_TAIL = 40;

  private int index(int id) {
    if (id < 0 || id >= indexById.size() || indexById.get(id) < 0) {
      throw new IllegalArgumentException("no operation " + id + " in this history");
    }
    return indexById.get(id);
  }
}
