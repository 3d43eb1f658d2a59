package io.seedsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** SIGINT to a real java process running a sweep: the summary and report cover what ran. */
@EnabledOnOs({OS.LINUX, OS.MAC})
class CtrlCTest {
  @TempDir Path dir;

  @Test
  void ctrlCEndsTheSweepWithTheSummaryOfWhatRan() throws Exception {
    Path report = dir.resolve("report.json");
    Process sweep =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                SlowSweepProcess.class.getName(),
                report.toString())
            .start();
    try {
      awaitLine(sweep, "slow run started");
      new ProcessBuilder("kill", "-INT", Long.toString(sweep.pid())).start().waitFor();

      assertThat(sweep.waitFor(60, TimeUnit.SECONDS)).as("the sweep ended").isTrue();
      String out = new String(sweep.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(out)
          .containsPattern(
              "sweep slow variant none seeds 0\\.\\.100000: interrupted, \\d+ of 100001 runs done");
      assertThat(out).contains("FAIL slow seed 0: divisible by 7");
      assertThat(out).containsPattern("runs \\d+, passed \\d+, failed \\d+;");
      assertThat(sweep.exitValue()).isEqualTo(130); // 128 + SIGINT, as the JVM reports it

      JsonNode json = new ObjectMapper().readTree(report.toFile());
      assertThat(json.get("stopped").asText()).isEqualTo("interrupted");
      assertThat(json.get("runs").asLong())
          .isBetween(2L, 100_000L); // seed 3 started, so 0 and 1 had finished
      assertThat(out).contains("runs " + json.get("runs").asLong() + ", ");
    } finally {
      sweep.destroyForcibly();
    }
  }

  /** Reads the process's stderr until {@code marker}; the process's own end stops the wait. */
  private static void awaitLine(Process process, String marker) throws IOException {
    BufferedReader err =
        new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
    for (String line = err.readLine(); line != null; line = err.readLine()) {
      if (line.equals(marker)) {
        return;
      }
    }
    throw new AssertionError("the sweep process ended before it started running");
  }
}
