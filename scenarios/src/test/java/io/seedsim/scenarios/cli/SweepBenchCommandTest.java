package io.seedsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.scenarios.testing.FakeRegistry;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SweepBenchCommandTest {

  @Test
  void printsOneLineOfFiguresPerScenario() {
    StringWriter out = new StringWriter();
    CommandLine bench = new CommandLine(new SweepBenchCommand(FakeRegistry.standard()));
    bench.setOut(new PrintWriter(out, true));

    int code = bench.execute("--seeds", "30", "--jobs", "2");

    assertThat(code).isZero();
    assertThat(out.toString().lines().toList())
        .hasSize(3)
        .satisfies(
            lines ->
                assertThat(lines.get(0))
                    .startsWith("sweep bench: 30 seeds per scenario, 2 jobs, Java "))
        .satisfies(
            lines ->
                assertThat(lines.get(1))
                    .matches(
                        "scenario sevens: 30 seeds in [0-9.]+ s, [0-9.]+ seeds/s, \\d+ events/run,"
                            + " \\d+ events/s, virtual/wall [0-9.]+x, 5 failed"))
        .satisfies(lines -> assertThat(lines.get(2)).startsWith("scenario green: 30 seeds in "));
  }
}
