package io.seedsim.scenarios.sweep;

import io.seedsim.testkit.SeedRange;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SeedRangeTest {

  @Test
  void readsAnInclusiveRangeAndASingleSeed() {
    assertThat(SeedRange.parse("3..9")).isEqualTo(new SeedRange(3, 9));
    assertThat(SeedRange.parse("42")).isEqualTo(new SeedRange(42, 42));
    assertThat(SeedRange.parse("0..9223372036854775807").last()).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void rejectsEmptyNegativeAndMalformedRanges() {
    assertThatThrownBy(() -> SeedRange.parse("5..2")).hasMessage("the range is empty (5 > 2)");
    assertThatThrownBy(() -> SeedRange.parse("-1..4")).hasMessageContaining("at least 0");
    assertThatThrownBy(() -> SeedRange.parse("1..x")).hasMessageContaining("'x' is not a seed");
    assertThatThrownBy(() -> SeedRange.parse("")).hasMessageContaining("is not a seed");
  }

  @Test
  void printsTheWayItIsWritten() {
    assertThat(SeedRange.parse("3..9")).hasToString("3..9");
    assertThat(SeedRange.parse("7")).hasToString("7");
  }
}
