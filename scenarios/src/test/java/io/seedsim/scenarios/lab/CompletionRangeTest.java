package io.seedsim.scenarios.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompletionRangeTest {

  private static CompletionRange of(String... keys) {
    return CompletionRange.of(List.of(keys), StaticShardsScenario.SHARDS, 0);
  }

  @Test
  void allTenKeysGiveTheLabsFiveToSeven() {
    assertThat(of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9")).isEqualTo(new CompletionRange(5, 7));
  }

  @Test
  void fewerKeysCountOnlyTheShardsServerZeroHoldsWithTheLabsSlackInProportion() {
    assertThat(of("1")).isEqualTo(new CompletionRange(0, 0)); // shard 1 lives on servers 1 and 2
    assertThat(of("2")).isEqualTo(new CompletionRange(1, 1)); // shard 2 on servers 2 and 0
    assertThat(of("0", "1", "4", "7", "8")).isEqualTo(new CompletionRange(1, 2));
    assertThat(of()).isEqualTo(new CompletionRange(0, 0));
    assertThat(of("2").contains(0)).isFalse();
    assertThat(of("0", "1", "4", "7", "8").contains(2)).isTrue();
  }
}
