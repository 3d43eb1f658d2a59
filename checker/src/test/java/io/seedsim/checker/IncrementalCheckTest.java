package io.seedsim.checker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.api.statistics.StatisticsReport.StatisticsReportMode;
import org.junit.jupiter.api.Test;

class IncrementalCheckTest {
  private static final Model<?> KV = Models.byName("kv");

  @Test
  void settlesOperationsOneAfterAnotherThatTheModelAllows() {
    IncrementalCheck<?> check = new IncrementalCheck<>(KV);
    int put = check.called(KvInput.put("k", "a"), 1);
    check.returned(put, null, 2);
    int append = check.called(KvInput.append("k", "b"), 3);
    check.returned(append, "a", 4);
    int other = check.called(KvInput.get("j"), 5); // another key, its own order
    int get = check.called(KvInput.get("k"), 6);
    check.returned(get, "ab", 7);
    check.returned(other, "", 8);
    assertThat(check.linearizable()).isTrue();
  }

  @Test
  void leavesAStepTheModelRefusesToTheSearch() {
    IncrementalCheck<?> check = new IncrementalCheck<>(KV);
    check.returned(check.called(KvInput.put("k", "a"), 1), null, 2);
    check.returned(check.called(KvInput.get("k"), 3), "b", 4);
    assertThat(check.linearizable()).isFalse();
  }

  @Test
  void leavesOverlappingAndTouchingOperationsToTheSearch() {
    IncrementalCheck<?> overlapping = new IncrementalCheck<>(KV);
    int first = overlapping.called(KvInput.put("k", "a"), 1);
    int second = overlapping.called(KvInput.get("k"), 2);
    overlapping.returned(first, null, 3);
    overlapping.returned(second, "a", 4);
    assertThat(overlapping.linearizable()).as("overlapping").isFalse();

    IncrementalCheck<?> touching = new IncrementalCheck<>(KV);
    touching.returned(touching.called(KvInput.put("k", "a"), 1), null, 2);
    touching.returned(touching.called(KvInput.get("k"), 2), "a", 3);
    assertThat(touching.linearizable()).as("called when the one before returned").isFalse();
  }

  @Test
  void anOperationInFlightMayOnlyBeItsPartitionsLast() {
    IncrementalCheck<?> last = new IncrementalCheck<>(KV);
    last.returned(last.called(KvInput.put("k", "a"), 1), null, 2);
    last.called(KvInput.append("k", "b"), 3);
    assertThat(last.linearizable()).isTrue();

    last.called(KvInput.get("k"), 9);
    assertThat(last.linearizable()).as("a call after one that never returned").isFalse();
  }

  @Test
  void aReadThatObservedNothingConstrainsNothing() {
    IncrementalCheck<?> check = new IncrementalCheck<>(KV);
    check.returned(check.called(KvInput.put("k", "a"), 1), null, 2);
    check.returned(check.called(KvInput.get("k"), 3), null, 4);
    check.returned(check.called(KvInput.get("k"), 5), "a", 6);
    assertThat(check.linearizable()).isTrue();
  }

  @Test
  void refusesCallsOutOfOrderAndASecondReturn() {
    IncrementalCheck<?> check = new IncrementalCheck<>(KV);
    int put = check.called(KvInput.put("k", "a"), 5);
    assertThatThrownBy(() -> check.called(KvInput.get("k"), 4))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("in the order they are made");
    check.returned(put, null, 6);
    assertThatThrownBy(() -> check.returned(put, null, 7))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already returned");
    assertThatThrownBy(() -> check.returned(9, null, 7))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no operation 9");
  }

  /** Whatever the history, "linearizable" from the incremental check is the full check's verdict. */
  @Property(tries = 3000)
  @StatisticsReport(StatisticsReportMode.OFF)
  void agreesWithTheFullCheckWheneverItSettles(@ForAll long seed) {
    Random random = new Random(seed);
    String[] outputs = {"", "a", "b", "ab", "ba", "aa"};
    assertAgreement(KV, random, () -> {
      String key = random.nextInt(4) == 0 ? "2" : "1";
      return switch (random.nextInt(3)) {
        case 0 -> new Model.Call(KvInput.get(key), random.nextInt(5) == 0 ? null : outputs[random.nextInt(outputs.length)]);
        case 1 -> new Model.Call(KvInput.put(key, random.nextBoolean() ? "a" : "b"), null);
        default -> new Model.Call(KvInput.append(key, random.nextBoolean() ? "a" : "b"), outputs[random.nextInt(outputs.length)]);
      };
    });
  }

  /** The same for a register with compare-and-set, whose failed cas is an outcome of its own. */
  @Property(tries = 3000)
  @StatisticsReport(StatisticsReportMode.OFF)
  void agreesWithTheFullCheckOnACasRegister(@ForAll long seed) {
    Random random = new Random(seed);
    assertAgreement(Models.byName("cas-register"), random, () -> BruteForcePropertyTest.casRegisterCall(random));
  }

  /** On a history of one to three clients: one client alone often makes a history that needs no search. */
  private static void assertAgreement(Model<?> model, Random random, BruteForcePropertyTest.CallMaker calls) {
    List<Operation> history = BruteForcePropertyTest.randomHistory(random, 1 + random.nextInt(3), calls);
    IncrementalCheck<?> check = new IncrementalCheck<>(model);
    int[] handles = new int[history.size()];
    for (Event e : events(history, random)) {
      Operation op = history.get(e.op());
      if (e.isCall()) handles[e.op()] = check.called(op.input(), op.call());
      else check.returned(handles[e.op()], op.output(), op.ret());
    }
    Verdict verdict = Linearizability.check(model, history, null).verdict();
    Statistics.collect(check.linearizable(), verdict);
    if (check.linearizable()) assertThat(verdict).as("history %s", history).isEqualTo(Verdict.LINEARIZABLE);
    Statistics.coverage(c -> {
      c.check(true, Verdict.LINEARIZABLE).percentage(p -> p > 10);
      c.check(false, Verdict.LINEARIZABLE).percentage(p -> p > 5);
    });
  }

  private record Event(long time, boolean isCall, int op, int tieBreak) {}

  /** Calls and returns in time order; at equal times in a random order, as a recorder may see them. */
  private static List<Event> events(List<Operation> history, Random random) {
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < history.size(); i++) {
      Operation op = history.get(i);
      events.add(new Event(op.call(), true, i, random.nextInt()));
      if (op.hasReturn()) events.add(new Event(op.ret(), false, i, random.nextInt()));
    }
    // A call comes before its own return even when both are at one time.
    events.sort(Comparator.comparingLong(Event::time).thenComparing(e -> e.isCall() ? 0 : 1).thenComparingInt(Event::tieBreak));
    return events;
  }
}
