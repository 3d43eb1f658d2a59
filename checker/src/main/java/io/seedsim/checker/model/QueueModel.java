package io.seedsim.checker.model;

import io.seedsim.checker.Model;
import io.seedsim.checker.Outcome;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Knossos's unordered-queue and fifo-queue: empty at first; enqueue adds a value, dequeue removes
 * one and returns it. In the unordered queue it may be any value the queue holds; in the FIFO
 * queue only the oldest. A dequeue from an empty queue is not allowed (Jepsen records an empty
 * dequeue as failed, which leaves the history).
 *
 * <p>A dequeue whose value was not observed (its outcome unknown) removes the oldest value from a
 * FIFO queue; from an unordered queue it is taken to remove nothing, which allows every order any
 * removal would, so it can hide a violation but never report a false one. Inputs are
 * {@link QueueOp}s; a dequeue's output is the value (null when not observed).
 */
public final class QueueModel implements Model<QueueModel.Pending> {

  /** Enqueue a value, or dequeue one. */
  public sealed interface QueueOp {
    record Enqueue(Object value) implements QueueOp {}

    record Dequeue() implements QueueOp {}
  }

  /**
   * The values in the queue: oldest first in a FIFO queue; in an unordered queue in a fixed order
   * of their own, so that two queues with the same values are equal.
   */
  public record Pending(List<Object> values) {
    static final Pending EMPTY = new Pending(List.of());
  }

  /** The unordered queue's fixed order of values: by description, then by hash. */
  private static final Comparator<Object> CANONICAL =
      Comparator.comparing(Text::describeValue).thenComparingInt(Object::hashCode);

  private final boolean fifo;

  private QueueModel(boolean fifo) {
    this.fifo = fifo;
  }

  public static QueueModel unordered() {
    return new QueueModel(false);
  }

  public static QueueModel fifo() {
    return new QueueModel(true);
  }

  @Override
  public String name() {
    return fifo ? "fifo-queue" : "unordered-queue";
  }

  @Override
  public Pending init() {
    return Pending.EMPTY;
  }

  @Override
  public Pending step(Pending state, Object input, Object output) {
    List<Object> values = state.values();
    if (input instanceof QueueOp.Enqueue enqueue) {
      List<Object> more = new ArrayList<>(values.size() + 1);
      more.addAll(values);
      Object value = enqueue.value();
      int at = fifo ? more.size() : insertionPoint(values, value);
      more.add(at, value);
      return new Pending(List.copyOf(more));
    }
    if (output == null) return fifo ? (values.isEmpty() ? null : without(values, 0)) : state;
    int at = fifo ? (!values.isEmpty() && values.get(0).equals(output) ? 0 : -1) : values.indexOf(output);
    return at < 0 ? null : without(values, at);
  }

  private static int insertionPoint(List<Object> sorted, Object value) {
    int at = 0;
    while (at < sorted.size() && CANONICAL.compare(sorted.get(at), value) <= 0) at++;
    return at;
  }

  private static Pending without(List<Object> values, int at) {
    List<Object> fewer = new ArrayList<>(values);
    fewer.remove(at);
    return new Pending(List.copyOf(fewer));
  }

  /** An unordered dequeue whose value was not observed changes nothing (see the class comment). */
  @Override
  public boolean isInert(Object input, Object output) {
    return !fifo && input instanceof QueueOp.Dequeue && output == null;
  }

  @Override
  public String describeOperation(Object input, Object output) {
    if (input instanceof QueueOp.Enqueue enqueue) return "enqueue(" + Text.describeValue(enqueue.value()) + ")";
    return "dequeue() -> " + (output == null ? "?" : Text.describeValue(output));
  }

  @Override
  public String describeState(Pending state) {
    String inside = state.values().stream().map(Text::describeValue).collect(Collectors.joining(" "));
    return fifo ? "[" + inside + "]" : "{" + inside + "}";
  }

  @Override
  public Call decode(String function, String key, Object argument, Object result, Outcome outcome) {
    return switch (CallShape.function(name(), function, key, outcome)) {
      case "enqueue" -> new Call(new QueueOp.Enqueue(Text.registerValue(argument)), null);
      case "dequeue" -> new Call(new QueueOp.Dequeue(), outcome == Outcome.OK ? Text.registerValue(result) : null);
      default -> throw CallShape.unknown(name(), function, "enqueue or dequeue");
    };
  }
}
