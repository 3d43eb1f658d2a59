package io.seedsim.scenarios.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The benchmark measures what it says (speed itself is never asserted in a test). */
class KernelBenchmarkTest {

  @Test
  void bothLoopsRunTheRequestedNumberOfEvents() {
    KernelBenchmark bench = new KernelBenchmark(10, 10, 20_000);
    assertThat(bench.ring(1).events()).isEqualTo(20_000);
    assertThat(bench.bareQueue(1).events()).isEqualTo(20_000);
  }

  @Test
  void printsBothRatesAndTheirRatio() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new KernelBenchmark(10, 10, 10_000).run(new PrintStream(bytes, true, StandardCharsets.UTF_8), 1);
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("kernel").contains("bare PriorityQueue").containsPattern("ratio kernel/bare \\d+\\.\\d\\d");
  }
}
