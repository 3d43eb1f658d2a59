package io.seedsim.scenarios.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryJsonTest {

  @Test
  void oneOperationPerLineInTheAgreedFormat() throws Exception {
    StringWriter out = new StringWriter();
    HistoryJson.write(List.of(
        new HistoryEntry(0, 3, "append", "1", "x", "old", 120, 450L),
        new HistoryEntry(1, 0, "get", "k", null, "a \"q\" \\ b", 500, 900L),
        new HistoryEntry(2, 1, "put", "2", "v", null, 600, null)), out);
    assertThat(out.toString()).isEqualTo(
        "{\"client\": 3, \"op\": \"append\", \"key\": \"1\", \"value\": \"x\", \"output\": \"old\", \"call\": 120, \"return\": 450}\n"
            + "{\"client\": 0, \"op\": \"get\", \"key\": \"k\", \"value\": null, \"output\": \"a \\\"q\\\" \\\\ b\", \"call\": 500, \"return\": 900}\n"
            + "{\"client\": 1, \"op\": \"put\", \"key\": \"2\", \"value\": \"v\", \"output\": null, \"call\": 600, \"return\": null}\n");
  }

  @Test
  void controlCharactersAreEscaped() {
    assertThat(HistoryJson.line(new HistoryEntry(0, 0, "put", "k", "a\nb\u0001", null, 1, 2L)))
        .contains("\"value\": \"a\\nb\\u0001\"");
  }
}
