package io.seedsim.scenarios.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The tests' own checker, on known-good and known-bad histories. */
class PerKeyLinearizabilityTest {

  private final PerKeyLinearizability check = new PerKeyLinearizability();

  private static HistoryEntry op(int id, String op, String key, String value, String output, long call, Long ret) {
    return new HistoryEntry(id, id, op, key, value, output, call, ret);
  }

  @Test
  void sequentialAppendsAndGets() {
    assertThat(check.violation(List.of(
        op(0, "append", "k", "a", "", 0, 10L),
        op(1, "append", "k", "b", "a", 20, 30L),
        op(2, "get", "k", null, "ab", 40, 50L)))).isNull();
  }

  @Test
  void aStaleReadAfterAWriteReturnedIsAViolation() {
    assertThat(check.violation(List.of(
        op(0, "put", "k", "new", null, 0, 10L),
        op(1, "get", "k", null, "", 20, 30L)))).contains("key \"k\"");
  }

  @Test
  void concurrentOperationsMayTakeEitherOrder() {
    assertThat(check.violation(List.of(
        op(0, "append", "k", "a", "b", 0, 100L),
        op(1, "append", "k", "b", "", 10, 90L),
        op(2, "get", "k", null, "ba", 110, 120L)))).isNull();
  }

  @Test
  void twoAppendsCannotBothSeeTheEmptyValue() {
    assertThat(check.violation(List.of(
        op(0, "append", "k", "a", "", 0, 100L),
        op(1, "append", "k", "b", "", 10, 90L)))).isNotNull();
  }

  @Test
  void anUnknownOutcomeMayHaveHappenedOrNot() {
    List<HistoryEntry> maybe = List.of(
        op(0, "append", "k", "a", null, 0, null),
        op(1, "get", "k", null, "a", 50, 60L),
        op(2, "get", "k", null, "", 5, 8L));
    assertThat(check.violation(maybe)).isNull();
    assertThat(check.violation(List.of(op(0, "put", "k", "v", null, 0, null), op(1, "get", "k", null, "w", 5, 9L))))
        .isNotNull();
  }

  @Test
  void keysAreCheckedApart() {
    assertThat(check.violation(List.of(
        op(0, "put", "a", "1", null, 0, 10L),
        op(1, "get", "b", null, "", 20, 30L),
        op(2, "get", "a", null, "1", 20, 30L)))).isNull();
  }
}
