package io.seedsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.scenarios.testing.CommandRun;
import io.seedsim.scenarios.testing.FakeRegistry;
import org.junit.jupiter.api.Test;

/** Input at the edges: huge ranges, odd digits, empty shards, many jobs, huge arguments. */
class InputEdgesTest {

  @Test
  void theWholeSeedSpaceIsTooManyRunsNotAnArithmeticException() {
    assertUsage(
        "seedsim sweep: seeds 0..9223372036854775807 make more runs than a sweep counts (at most"
            + " 9223372036854775807); split it into smaller ranges",
        "sweep", "--scenario", "sevens", "--seeds", "0..9223372036854775807");
  }

  @Test
  void aSeedAboveTheLargestLongSaysSo() {
    assertUsage(
        "seedsim sweep: --seeds 0..9223372036854775808: '9223372036854775808' is too large (the"
            + " largest seed is 9223372036854775807)",
        "sweep", "--scenario", "sevens", "--seeds", "0..9223372036854775808");
  }

  @Test
  void onlyAsciiDigitsWithoutASignAreNumbers() {
    assertUsage(
        "seedsim run: --seed \u0667: '\u0667' is not a seed (expected A..B or N, whole numbers from 0"
            + " in ASCII digits)",
        "run", "--scenario", "sevens", "--seed", "\u0667");
    assertUsage(
        "seedsim run: --seed +7: '+7' is not a seed (expected A..B or N, whole numbers from 0 in"
            + " ASCII digits)",
        "run", "--scenario", "sevens", "--seed", "+7");
    assertUsage(
        "seedsim sweep: --shard +1/3: expected K/N with whole numbers in ASCII digits, for example"
            + " 0/4",
        "sweep", "--scenario", "sevens", "--seeds", "0..9", "--shard", "+1/3");
  }

  @Test
  void aShardWithNoSeedOfTheRangeIsAUsageError() {
    assertUsage(
        "seedsim sweep: shard 5/10 holds no seed of 0..2 (no seed s has s mod 10 = 5)",
        "sweep", "--scenario", "sevens", "--seeds", "0..2", "--shard", "5/10");
  }

  @Test
  void jobsHaveAnUpperBoundOfFourPerProcessor() {
    int processors = Runtime.getRuntime().availableProcessors();
    int limit = 4 * processors;
    CommandRun run =
        CommandRun.execute(
            FakeRegistry.standard(),
            "sweep", "--scenario", "sevens", "--seeds", "0..9", "--jobs", "10000");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines())
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith("seedsim sweep: --jobs 10000: at most " + limit + " (4 per processor, ");
    CommandRun atLimit =
        CommandRun.execute(
            FakeRegistry.standard(),
            "sweep", "--scenario", "green", "--seeds", "0..9", "--jobs", Integer.toString(limit));
    assertThat(atLimit.exitCode()).isZero();
  }

  @Test
  void noCommandPrintsTheUsageAndExitsTwo() {
    CommandRun run = CommandRun.execute(FakeRegistry.standard());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("Usage: seedsim").contains("Commands:");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aHugeArgumentIsNotEchoedInFull() {
    String huge = "x".repeat(120_000);
    CommandRun unknown =
        CommandRun.execute(FakeRegistry.standard(), "run", "--scenario", huge, "--seed", "1");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.errLines()).hasSize(1);
    assertThat(unknown.err())
        .hasSizeLessThan(300)
        .contains("x".repeat(40) + "...(120001 characters):");
    CommandRun unmatched = CommandRun.execute(
            FakeRegistry.standard(), "run", "--scenario", "sevens", "--seed", "1", huge);
    assertThat(unmatched.exitCode()).isEqualTo(2);
    assertThat(unmatched.err()).hasSizeLessThan(400).containsPattern("\\.\\.\\.\\(12000[0-9] characters");
  }

  private static void assertUsage(String line, String... args) {
    CommandRun run = CommandRun.execute(FakeRegistry.standard(), args);
    assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
    assertThat(run.errLines()).containsExactly(line);
    assertThat(run.out()).isEmpty();
  }
}
