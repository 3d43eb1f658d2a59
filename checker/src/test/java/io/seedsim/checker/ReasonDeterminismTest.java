package io.seedsim.checker;

import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.checker.search.Deadline;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reported violation is a function of the history alone, however many threads check it: a
 * chaos run with several violating keys (recorded by {@code bin/seedsim run --scenario chaos
 * --seed 241 --variant local-writes --history F}) names the same key and reason on 1, 2 and 8
 * threads and on the common pool.
 */
class ReasonDeterminismTest {

  @Test
  void theSameReasonOnAnyNumberOfThreads() throws Exception {
    Model<?> kv = Models.byName("kv");
    List<Operation> history = HistoryFormats.read(resource("chaos-241-local-writes.jsonl"), kv);
    String first = null;
    for (int threads : new int[] {1, 2, 8, 0, 8, 2}) {
      CheckResult result = Linearizability.checkWith(kv, history,
          new CheckOptions(Deadline.none(), true, threads));
      assertThat(result.verdict()).isEqualTo(Verdict.NOT_LINEARIZABLE);
      String report = report(result);
      if (first == null) first = report;
      assertThat(report).as("on %d threads", threads).isEqualTo(first);
    }
    assertThat(first).contains("\n1 not linearizable: append(\"1\"");
  }

  @Test
  void theHistoryHasMoreThanOneViolatingKey() throws Exception {
    // Without this, the test above would pass even if the first violation to finish were reported.
    Model<?> kv = Models.byName("kv");
    List<Operation> history = HistoryFormats.read(resource("chaos-241-local-writes.jsonl"), kv);
    long violating = Linearizability.partition(kv, history).values().stream()
        .filter(ops -> Linearizability.check(kv, ops, null).verdict() == Verdict.NOT_LINEARIZABLE)
        .count();
    assertThat(violating).isGreaterThan(1);
  }

  /** Every partition's label, verdict and explanation, in order. */
  private static String report(CheckResult result) {
    StringBuilder out = new StringBuilder();
    for (PartitionResult p : result.partitions()) {
      out.append(p.partition()).append(' ').append(p.verdict().label()).append(": ").append(p.explanation())
          .append(" / prefix ").append(p.longestPrefix().size()).append(" / ").append(p.unplaceableIds()).append('\n');
    }
    return out.toString();
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(ReasonDeterminismTest.class.getResource(name).toURI());
  }
}
