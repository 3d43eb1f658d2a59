package io.seedsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.scenarios.testing.CommandRun;
import io.seedsim.scenarios.testing.FakeRegistry;
import io.seedsim.scenarios.testing.FakeScenario;
import io.seedsim.scenarios.testing.JUnitXml;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** A user scenario's reason may hold anything; the JUnit report must still parse. */
class JUnitReportTextTest {
  @TempDir Path dir;

  @Test
  void controlCharactersInAReasonLeaveTheReportParseable() throws Exception {
    FakeScenario colourful =
        new FakeScenario(
            "colourful",
            (seed, variant) -> seed == 2 ? "\u001b[31mred\u001b[0m then NUL \u0000 and BEL \u0007" : null);
    Path junit = dir.resolve("junit.xml");

    CommandRun run =
        CommandRun.execute(
            FakeRegistry.of(colourful),
            "sweep", "--scenario", "colourful", "--seeds", "0..3", "--junit", junit.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    Element failure =
        (Element) JUnitXml.parseValid(junit).getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message")).isEqualTo("red then NUL \\u0000 and BEL \\u0007");
    assertThat(failure.getTextContent()).startsWith("red then NUL \\u0000 and BEL \\u0007\nreplay: ");
  }
}
