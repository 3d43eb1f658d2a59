package io.seedsim.scenarios.sweep;

import io.seedsim.testkit.SeedRange;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ShardTest {

  @Test
  void shardsTogetherCoverARangeExactlyOnce() {
    for (String range : List.of("0..99", "5..17", "4..4", "1000..1031")) {
      for (int count = 1; count <= 5; count++) {
        SeedRange seeds = SeedRange.parse(range);
        List<Long> covered = new ArrayList<>();
        for (int index = 0; index < count; index++) {
          covered.addAll(seedsOf(new Shard(index, count), seeds));
        }
        assertThat(covered)
            .as("shards of %d over %s", count, range)
            .containsExactlyInAnyOrderElementsOf(
                LongStream.rangeClosed(seeds.first(), seeds.last()).boxed().toList());
      }
    }
  }

  @Test
  void aShardTakesTheSeedsCongruentToItsIndex() {
    assertThat(seedsOf(new Shard(1, 3), SeedRange.parse("0..10"))).containsExactly(1L, 4L, 7L, 10L);
    assertThat(seedsOf(new Shard(0, 3), SeedRange.parse("5..12"))).containsExactly(6L, 9L, 12L);
    assertThat(new Shard(2, 5).seedsIn(SeedRange.parse("3..4"))).isZero();
  }

  @Test
  void readsKOverN() {
    assertThat(Shard.parse("2/4")).isEqualTo(new Shard(2, 4));
    assertThatThrownBy(() -> Shard.parse("3/3"))
        .hasMessage("K must be from 0 to N-1 (shards 0/3 to 2/3)");
    assertThatThrownBy(() -> Shard.parse("1/0")).hasMessage("N must be at least 1");
    assertThatThrownBy(() -> Shard.parse("3")).hasMessageContaining("expected K/N");
    assertThatThrownBy(() -> Shard.parse("a/b")).hasMessageContaining("whole numbers");
  }

  private static List<Long> seedsOf(Shard shard, SeedRange range) {
    List<Long> seeds = new ArrayList<>();
    for (long k = 0; k < shard.seedsIn(range); k++) {
      long seed = shard.seedAt(range, k);
      assertThat(shard.contains(seed)).isTrue();
      seeds.add(seed);
    }
    return seeds;
  }
}
