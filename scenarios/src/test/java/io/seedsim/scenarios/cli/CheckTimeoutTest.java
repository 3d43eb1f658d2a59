package io.seedsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.scenarios.cli.CheckCommandTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --timeout}: any positive budget is a real one; zero and negative ones are usage errors. */
class CheckTimeoutTest {
  @TempDir Path dir;

  /**
   * 18 register writes of unknown outcome, all concurrent, then reads of 1, 0 and 1 in turn: no
   * order fits, and the search must try the subsets of the other writes to rule each out.
   */
  private Path hardHistory() throws IOException {
    StringBuilder history = new StringBuilder();
    for (int client = 0; client < 18; client++) {
      history.append("{\"client\": ").append(client).append(", \"op\": \"write\", \"value\": ").append(client)
          .append(", \"output\": null, \"call\": 0, \"return\": null}\n");
    }
    long time = 10;
    for (int value : new int[] {1, 0, 1}) {
      history.append("{\"client\": 99, \"op\": \"read\", \"value\": null, \"output\": ").append(value)
          .append(", \"call\": ").append(time).append(", \"return\": ").append(time + 1).append("}\n");
      time += 2;
    }
    Path file = dir.resolve("hard.jsonl");
    Files.writeString(file, history);
    return file;
  }

  @Test
  void aTinyTimeoutIsATinyBudgetNotNone() throws IOException {
    // 1e-10 s rounded to no limit before; the search then ran until the memory budget stopped it.
    Run run = CheckCommandTest.run("check", "--model", "register", "--timeout", "1e-10", hardHistory().toString());
    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(3);
    assertThat(run.out()).contains("hard.jsonl: unknown").contains("the time budget ran out");
  }

  @Test
  void zeroOrNegativeTimeoutsAreUsageErrors() throws IOException {
    for (String timeout : new String[] {"0", "-1", "-0.5"}) {
      Run run = CheckCommandTest.run("check", "--model", "register", "--timeout", timeout, hardHistory().toString());
      assertThat(run.exitCode()).as(timeout).isEqualTo(2);
      assertThat(run.err()).contains("--timeout must be a positive number of seconds");
    }
  }
}
