package io.seedsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.seedsim.scenarios.cli.CheckCommandTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --model} knows Knossos's other models, with the report and the page. */
class CheckKnossosModelsTest {
  @TempDir Path dir;

  @Test
  void aFifoQueueViolationIsReportedAndDrawn() throws Exception {
    Path file = dir.resolve("queue.edn");
    Files.writeString(file, """
        {:process 0, :type :invoke, :f :enqueue, :value 1}
        {:process 0, :type :ok, :f :enqueue, :value 1}
        {:process 0, :type :invoke, :f :enqueue, :value 2}
        {:process 0, :type :ok, :f :enqueue, :value 2}
        {:process 1, :type :invoke, :f :dequeue, :value nil}
        {:process 1, :type :ok, :f :dequeue, :value 2}
        """);
    Path report = dir.resolve("report.json");
    Path page = dir.resolve("queue.html");
    Run run = CheckCommandTest.run("check", "--model", "fifo-queue", "--report", report.toString(),
        "--html", page.toString(), file.toString());
    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
    assertThat(run.out()).contains("dequeue() -> 2 (client 1) cannot take effect")
        .contains("leaves the state [1 2]");
    assertThat(new ObjectMapper().readTree(report.toFile()).get(0).get("verdict").asText()).isEqualTo("not linearizable");
    assertThat(Files.readString(page)).contains("dequeue()").contains("fifo-queue");

    Run unordered = CheckCommandTest.run("check", "--model", "unordered-queue", file.toString());
    assertThat(unordered.exitCode()).as(unordered.out() + unordered.err()).isZero();
  }

  @Test
  void anUnknownModelListsTheKnownOnes() {
    Run run = CheckCommandTest.run("check", "--model", "stack", "x.edn");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("mutex, multi-register, set, unordered-queue, fifo-queue");
  }
}
