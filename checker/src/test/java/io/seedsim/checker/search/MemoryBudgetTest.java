package io.seedsim.checker.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.checker.Model;
import io.seedsim.checker.Operation;
import io.seedsim.checker.Verdict;
import io.seedsim.checker.model.RegisterModel;
import io.seedsim.checker.model.RegisterOp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A history too hard for the memory the search may use is UNKNOWN, never an OutOfMemoryError. */
class MemoryBudgetTest {

  /**
   * 16 overlapping register writes with unknown outcomes, then a read of a value none wrote: the
   * search must visit every subset of the writes to rule out every order.
   */
  static List<Operation> hardHistory() {
    List<Operation> ops = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      ops.add(new Operation(i, i, new RegisterOp.Write(null, (long) i), null, i, Operation.UNKNOWN));
    }
    ops.add(new Operation(16, 99, new RegisterOp.Read(null), 99L, 100, 200));
    return ops;
  }

  @SuppressWarnings("unchecked")
  @Test
  void aSpentMemoryBudgetIsUnknownAndSaysSo() {
    var model = (Model<Object>) (Model<?>) RegisterModel.register();
    var roomy = new WglSearch<>(model, hardHistory(), Deadline.after(Duration.ofMinutes(1))).run();
    assertThat(roomy.verdict()).isEqualTo(Verdict.NOT_LINEARIZABLE);
    assertThat(roomy.configurations()).isGreaterThan(10_000);

    var tiny = new WglSearch<>(model, hardHistory(), Deadline.after(Duration.ofMinutes(1)), 10_000).run();
    assertThat(tiny.verdict()).isEqualTo(Verdict.UNKNOWN);
    assertThat(tiny.memoryBudgetSpent()).isTrue();

    var memory = new MemoryBudget(1_000);
    var cache = new ConfigurationCache(64, memory);
    long[] set = new long[1];
    int added = 0;
    while (!memory.spent()) {
      set[0] = (++added << 1) | 1; // operation 0 and others: words are stored
      cache.add(added, set, 1, Long.bitCount(set[0]), 0);
    }
    assertThat(added).isBetween(5, 20); // about 1,000 bytes at ~90 bytes an entry
  }
}
