package io.seedsim.scenarios.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainProgressTest {

  @Test
  void aLogLineSaysRunsDoneFailuresAndRate() {
    SweepStatus status = new SweepStatus(5000, 1200, 2, 2_000_000_000L);

    assertThat(PlainProgress.line(status)).isEqualTo("sweep: 1200/5000 runs, 2 failed, 600.0 seeds/s");
  }
}
