package io.seedsim.scenarios.lab;

import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.kvstore.KvServer;
import io.seedsim.kvstore.Variant;
import io.seedsim.sim.Address;
import io.seedsim.sim.run.Trace;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The duplicate table never holds more than one entry per clerk: entries are only ever replaced,
 * never added per operation, so its size at the end of a run is its largest size.
 */
class DuplicateTableBoundTest {

  @ParameterizedTest
  @ValueSource(strings = {"unreliable", "unreliable-shards"})
  void atMostOneEntryPerClerk(String name) {
    LabScenario scenario = LabTesting.scenario(name);
    for (long seed = 0; seed < 20; seed++) {
      LabScenario.LabOutcome outcome = scenario.simulate(seed, Variant.CORRECT, Trace.Mode.HASH_ONLY);
      assertThat(outcome.failure()).isNull();
      LabRun run = outcome.run();
      long executed = 0;
      for (Address server : run.servers()) {
        KvServer s = run.sim.node(server, KvServer.class);
        assertThat(s.duplicateTableSize()).as("%s seed %d %s", name, seed, server).isLessThanOrEqualTo((int) run.clerksMade());
        executed += s.executedOperations();
      }
      // 3 iterations x 5 workers + the main clerk; far fewer than the operations executed.
      assertThat(run.clerksMade()).isEqualTo(16);
      assertThat(executed).isGreaterThan(10 * run.clerksMade());
    }
  }
}
