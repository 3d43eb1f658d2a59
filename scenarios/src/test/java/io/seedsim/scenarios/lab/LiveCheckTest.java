package io.seedsim.scenarios.lab;

import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.testkit.RunResult;
import io.seedsim.testkit.Scenario;
import io.seedsim.testkit.Variants;
import io.seedsim.testkit.history.HistoryRecorder;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** The kv check that follows each run: it settles the lab's sequential histories, and changes no verdict. */
class LiveCheckTest {
  private static final HistoryCheck LIVE = LabScenarios.historyCheck();

  /** The lab's check, counting how often the check after the run is asked. */
  private static final class Counting implements HistoryCheck {
    final AtomicInteger afterTheRun = new AtomicInteger();

    @Override
    public String violation(List<HistoryEntry> history) {
      afterTheRun.incrementAndGet();
      return LIVE.violation(history);
    }

    @Override
    public BooleanSupplier follow(HistoryRecorder history) {
      return LIVE.follow(history);
    }
  }

  @Test
  void aCorrectStoresSequentialHistoriesNeedNoCheckAfterTheRun() {
    for (String name : List.of("basic", "concurrent", "unreliable", "unreliable-shards")) {
      Counting check = new Counting();
      Scenario scenario = scenario(name, check);
      for (long seed = 0; seed < 3; seed++) {
        assertThat(scenario.run(seed, Variants.NONE).passed()).as("%s seed %d", name, seed).isTrue();
      }
      assertThat(check.afterTheRun).as(name).hasValue(0);
    }
  }

  @Test
  void aHistoryItCannotSettleGoesToTheCheckAfterTheRun() {
    // Chaos clients share key "k": their calls overlap, which only the search can order.
    Counting check = new Counting();
    RunResult failing = scenario("chaos", check).run(6, "local-reads");
    assertThat(failing.failure()).startsWith("history not linearizable: key k:");
    assertThat(check.afterTheRun).hasValue(1);
  }

  @Test
  void everyVerdictAndTraceIsTheSameAsWithTheCheckAfterTheRunAlone() {
    HistoryCheck afterTheRunAlone = LIVE::violation; // a lambda follows nothing
    int failures = 0;
    for (Scenario live : LabScenarios.all(LIVE)) {
      Scenario alone = scenario(live.name(), afterTheRunAlone);
      List<String> variants = live.name().equals("durable")
          ? List.of(Variants.NONE, "ack-before-fsync")
          : List.of(Variants.NONE, "no-dedup", "local-reads");
      for (String variant : variants) {
        for (long seed = 0; seed < 4; seed++) {
          RunResult a = live.run(seed, variant);
          RunResult b = alone.run(seed, variant);
          String what = live.name() + " " + variant + " seed " + seed;
          assertThat(a.failure()).as(what).isEqualTo(b.failure());
          assertThat(a.traceHash()).as(what).isEqualTo(b.traceHash());
          if (a.failure() != null && a.failure().startsWith("history not linearizable")) failures++;
        }
      }
    }
    assertThat(failures).as("runs whose history is not linearizable, which the comparison must include").isPositive();
  }

  private static Scenario scenario(String name, HistoryCheck check) {
    return LabScenarios.all(check).stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }
}
