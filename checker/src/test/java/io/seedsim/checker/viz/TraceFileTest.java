package io.seedsim.checker.viz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TraceFileTest {
  @TempDir Path dir;

  private static final String HEADER =
      "{\"kind\":\"header\",\"scenario\":\"unreliable\",\"seed\":7,\"variant\":\"none\",\"nodes\":[\"clerk-0\",\"server-0\"]}";

  @Test
  void readsEveryKindIntoPeriods() throws IOException {
    TraceView trace = TraceFile.read(write(HEADER,
        "{\"t\":0,\"kind\":\"call\",\"node\":\"clerk-0\",\"op\":1,\"desc\":\"get(\\\"1\\\")\"}",
        "{\"t\":0,\"kind\":\"timer-set\",\"node\":\"clerk-0\",\"timer\":1,\"at\":500,\"label\":\"retry\"}",
        "{\"t\":0,\"kind\":\"send\",\"id\":1,\"from\":\"clerk-0\",\"to\":\"server-0\",\"msg\":\"Get 1\",\"call\":9}",
        "{\"t\":5,\"kind\":\"duplicate\",\"id\":1,\"copy\":2,\"from\":\"clerk-0\",\"to\":\"server-0\"}",
        "{\"t\":10,\"kind\":\"drop\",\"id\":1,\"from\":\"clerk-0\",\"to\":\"server-0\",\"msg\":\"Get 1\",\"reason\":\"request-drop\"}",
        "{\"t\":20,\"kind\":\"deliver\",\"id\":2,\"from\":\"clerk-0\",\"to\":\"server-0\",\"msg\":\"Get 1\"}",
        "{\"t\":25,\"kind\":\"send\",\"id\":3,\"from\":\"server-0\",\"to\":\"clerk-0\",\"msg\":\"reply: x\"}",
        "{\"t\":30,\"kind\":\"partition\",\"groups\":[[\"clerk-0\"],[\"server-0\",\"server-1\"]]}",
        "{\"t\":40,\"kind\":\"deliver\",\"id\":3,\"from\":\"server-0\",\"to\":\"clerk-0\",\"msg\":\"reply: x\"}",
        "{\"t\":40,\"kind\":\"timer-cancel\",\"node\":\"clerk-0\",\"timer\":1,\"label\":\"retry\"}",
        "{\"t\":40,\"kind\":\"return\",\"node\":\"clerk-0\",\"op\":1,\"result\":\"x\"}",
        "{\"t\":50,\"kind\":\"heal\"}",
        "{\"t\":60,\"kind\":\"crash\",\"node\":\"server-0\"}",
        "{\"t\":61,\"kind\":\"link-down\",\"from\":\"server-0\",\"to\":\"clerk-0\"}",
        "{\"t\":62,\"kind\":\"rpc-timeout\",\"node\":\"clerk-0\",\"call\":9,\"to\":\"server-0\"}",
        "{\"t\":70,\"kind\":\"restart\",\"node\":\"server-0\"}",
        "{\"t\":71,\"kind\":\"note\",\"node\":\"server-0\",\"text\":\"recovered\"}",
        "{\"t\":72,\"kind\":\"call\",\"node\":\"clerk-0\",\"op\":2,\"desc\":\"put\"}",
        "{\"t\":80,\"kind\":\"send\",\"id\":4,\"from\":\"clerk-0\",\"to\":\"server-0\",\"msg\":\"Put\"}"));

    assertThat(trace.title()).isEqualTo("scenario unreliable, seed 7, variant none");
    assertThat(trace.nodes()).containsExactly("clerk-0", "server-0", "server-1");
    assertThat(trace.endTime()).isEqualTo(80);
    assertThat(trace.messages()).containsExactly(
        new MessageView("1", "clerk-0", "server-0", "Get 1", "9", 0, 10L, MessageFate.DROPPED, "request-drop", null),
        new MessageView("2", "clerk-0", "server-0", "Get 1", "9", 5, 20L, MessageFate.DELIVERED, null, "1"),
        new MessageView("3", "server-0", "clerk-0", "reply: x", null, 25, 40L, MessageFate.DELIVERED, null, null),
        new MessageView("4", "clerk-0", "server-0", "Put", null, 80, null, MessageFate.IN_FLIGHT, null, null));
    assertThat(trace.timers()).containsExactly(new TimerView("clerk-0", "1", "retry", 0, 500, 40L, TimerOutcome.CANCELLED));
    assertThat(trace.partitions()).containsExactly(
        new NetworkPartitionView(30, 50L, List.of(List.of("clerk-0"), List.of("server-0", "server-1"))));
    assertThat(trace.linkDowns()).containsExactly(new LinkDownView("server-0", "clerk-0", 61, null));
    assertThat(trace.nodeEvents()).extracting(NodeEventView::kind).containsExactly(
        NodeEventKind.CRASH, NodeEventKind.RPC_TIMEOUT, NodeEventKind.RESTART, NodeEventKind.NOTE);
    assertThat(trace.nodeEvents().get(1).text()).isEqualTo("call 9 to server-0 timed out");
    assertThat(trace.clientOps()).containsExactly(
        new ClientOpView("clerk-0", 1, "get(\"1\")", 0, 40L, "x"),
        new ClientOpView("clerk-0", 2, "put", 72, null, null));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "{\"t\":1,\"kind\":\"send\",\"id\":1 | not valid JSON",
      "[1,2] | expected a JSON object, got [1,2]",
      "{\"t\":1,\"kind\":\"teleport\"} | unknown kind \"teleport\"",
      "{\"kind\":\"heal\"} | missing field \"t\"",
      "{\"t\":\"soon\",\"kind\":\"heal\"} | field \"t\" must be an integer, got \"soon\"",
      "{\"t\":1,\"kind\":\"deliver\",\"id\":8,\"from\":\"a\",\"to\":\"b\",\"msg\":\"m\"} | delivered of message 8, which was never sent",
      "{\"t\":1,\"kind\":\"timer-fire\",\"node\":\"a\",\"timer\":3,\"label\":\"x\"} | timer 3 of a was not set",
      "{\"t\":1,\"kind\":\"return\",\"node\":\"a\",\"op\":3,\"result\":\"x\"} | return of operation 3, which is not in progress",
      "{\"t\":1,\"kind\":\"crash\"} | missing field \"node\"",
      "{\"t\":1,\"kind\":\"partition\",\"groups\":[\"a\"]} | field \"groups\" must be an array of arrays of node names",
  })
  void badLinesNameTheFileTheLineAndTheProblem(String line, String problem) throws IOException {
    Path file = write(HEADER, "{\"t\":0,\"kind\":\"heal\"}", line);
    assertThatThrownBy(() -> TraceFile.read(file))
        .isInstanceOf(TraceFormatException.class)
        .hasMessageStartingWith(file + ":3: " + problem);
  }

  @Test
  void timeMustNotGoBackwards() throws IOException {
    Path file = write(HEADER, "{\"t\":9,\"kind\":\"heal\"}", "{\"t\":8,\"kind\":\"heal\"}");
    assertThatThrownBy(() -> TraceFile.read(file)).hasMessage(file + ":3: time 8 is before the previous line's time 9");
  }

  @Test
  void theFirstLineMustBeTheHeader() throws IOException {
    Path file = write("{\"t\":0,\"kind\":\"heal\"}");
    assertThatThrownBy(() -> TraceFile.read(file)).hasMessageContaining(":1: the first line must be the header");
    assertThat(TraceFile.looksLikeTrace(file)).isFalse();
    assertThat(TraceFile.looksLikeTrace(write(HEADER))).isTrue();
    assertThat(TraceFile.looksLikeTrace(write("{:process 0, :type :invoke}"))).isFalse();
  }

  @Test
  void aSyntheticTraceOfAHundredThousandLinesReadsBack() throws IOException {
    Path file = SyntheticTrace.write(dir.resolve("big.jsonl"), 1, 5, 100_000);
    TraceView trace = TraceFile.read(file);
    assertThat(Files.readAllLines(file)).hasSizeGreaterThan(100_000);
    assertThat(trace.messages()).extracting(MessageView::fate).contains(MessageFate.DROPPED, MessageFate.DELIVERED);
    assertThat(trace.messages()).anyMatch(m -> m.duplicateOf() != null);
    assertThat(trace.partitions()).hasSize(1);
  }

  private Path write(String... lines) throws IOException {
    Path file = Files.createTempFile(dir, "trace", ".jsonl");
    Files.write(file, List.of(lines));
    return file;
  }
}
