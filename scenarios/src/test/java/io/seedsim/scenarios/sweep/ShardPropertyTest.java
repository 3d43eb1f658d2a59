package io.seedsim.scenarios.sweep;

import io.seedsim.testkit.SeedRange;
import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.testkit.SimulationTest;
import java.util.SplittableRandom;
import java.util.TreeSet;

/** The sweep's own seed-driven test, written with the extension it ships. */
class ShardPropertyTest {

  @SimulationTest(seeds = 50)
  void shardsOfARandomRangeCoverEachSeedOnce(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    long first = random.nextLong(0, 1_000_000);
    SeedRange range = new SeedRange(first, first + random.nextLong(0, 300));
    long count = random.nextLong(1, 12);

    TreeSet<Long> covered = new TreeSet<>();
    long total = 0;
    for (long index = 0; index < count; index++) {
      Shard shard = new Shard(index, count);
      for (long k = 0; k < shard.seedsIn(range); k++) {
        covered.add(shard.seedAt(range, k));
        total++;
      }
    }
    assertThat(total).isEqualTo(range.last() - range.first() + 1);
    assertThat(covered.first()).isEqualTo(range.first());
    assertThat(covered.last()).isEqualTo(range.last());
    assertThat(covered).hasSize((int) total);
  }
}
