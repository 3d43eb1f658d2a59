package io.seedsim.kvstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShardMapTest {

  private final ShardMap threeByTwo = new ShardMap(3, 2);

  @Test
  void integerKeysGoToIntModN() {
    assertThat(threeByTwo.shardOf("0")).isZero();
    assertThat(threeByTwo.shardOf("7")).isEqualTo(1);
    assertThat(threeByTwo.shardOf("+8")).isEqualTo(2);
    assertThat(threeByTwo.shardOf("0010")).isEqualTo(1);
  }

  @Test
  void negativeAndHugeKeysUsePythonsNonNegativeModulo() {
    assertThat(threeByTwo.shardOf("-1")).isEqualTo(2);
    assertThat(threeByTwo.shardOf("123456789012345678900")).isEqualTo(0); // digit sum 90: divisible by 3
    assertThat(threeByTwo.shardOf("123456789012345678901")).isEqualTo(1);
    assertThat(threeByTwo.shardOf("-123456789012345678901")).isEqualTo(2);
  }

  @Test
  void nonIntegerKeysDoNotCrashAndFollowTheStringHash() {
    for (String key : List.of("k", "", "+", "-", "1.5", "x 1 y", "١٢")) {
      assertThat(threeByTwo.shardOf(key)).isEqualTo(Math.floorMod(key.hashCode(), 3));
    }
  }

  @Test
  void aShardLivesOnItsServerAndTheNextReplicasMinusOne() {
    assertThat(threeByTwo.replicasOf(0)).containsExactly(0, 1);
    assertThat(threeByTwo.replicasOf(2)).containsExactly(2, 0);
    assertThat(threeByTwo.firstServerOf(2)).isEqualTo(2);
    // Server 0 holds shards 0 and 2, the lab's "7 of 10 keys".
    assertThat(threeByTwo.holds(0, 0)).isTrue();
    assertThat(threeByTwo.holds(0, 2)).isTrue();
    assertThat(threeByTwo.holds(0, 1)).isFalse();
  }

  @Test
  void rejectsImpossibleShapes() {
    assertThatThrownBy(() -> new ShardMap(0, 1)).hasMessageContaining("at least 1 server");
    assertThatThrownBy(() -> new ShardMap(3, 4)).hasMessageContaining("replicas must be in 1..3");
  }
}
