package io.seedsim.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.scenarios.testing.JavaProcess;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command line prints the same bytes whatever the user's locale. */
class LocaleTest {

  @Test
  void underAnArabicLocaleNumbersStayAsciiDigits() throws Exception {
    JavaProcess bench =
        JavaProcess.run(
            List.of("-Duser.language=ar", "-Duser.country=EG"),
            Main.class,
            "bench", "kernel", "--nodes", "10", "--tokens", "10", "--events", "20000",
            "--rounds", "1");

    assertThat(bench.exitCode()).as(bench.err()).isZero();
    assertThat(bench.out())
        .contains("kernel benchmark: ring of 10 nodes, 10 tokens in flight, 20,000 events per round");
    assertThat(bench.out().codePoints().filter(c -> Character.isDigit(c) && c > 127))
        .as("no Arabic-Indic digits")
        .isEmpty();
  }
}
