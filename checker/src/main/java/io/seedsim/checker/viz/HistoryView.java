package io.seedsim.checker.viz;

import io.seedsim.checker.Verdict;
import java.util.List;
import java.util.Objects;

/**
 * Everything the history page shows: a checked history, split into partitions.
 *
 * @param title a heading for the page, e.g. the history file's name or "kv-unreliable seed 7"
 * @param model the consistency model's name, e.g. {@code "kv"} or {@code "cas-register"}
 * @param verdict the verdict for the whole history
 * @param timeUnit the unit of every call and return time: {@code "us"} for virtual microseconds
 *     of a simulated run (the axis then reads µs/ms/s), or {@code ""} for imported histories whose
 *     times have no unit (the axis shows plain numbers)
 * @param partitions the partitions, in the order the picker lists them; the page opens on the
 *     first one that is not linearizable, else the first
 */
public record HistoryView(
    String title, String model, Verdict verdict, String timeUnit, List<PartitionView> partitions) {

  /** The unit of virtual time in simulated runs. */
  public static final String MICROSECONDS = "us";

  public HistoryView {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(timeUnit, "timeUnit");
    partitions = List.copyOf(partitions);
  }

  public int operationCount() {
    return partitions.stream().mapToInt(p -> p.operations().size()).sum();
  }
}
