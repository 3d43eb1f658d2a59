package io.seedsim.sim.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.sim.Address;
import io.seedsim.sim.Node;
import io.seedsim.sim.NodeContext;
import io.seedsim.sim.SimRandom;
import java.lang.reflect.Proxy;
import org.apache.commons.math3.stat.inference.AlternativeHypothesis;
import org.apache.commons.math3.stat.inference.BinomialTest;
import org.junit.jupiter.api.Test;

/** A buggify site is enabled per run with one probability, then fires per call with another. */
class BuggifyTest {

  static final Address NODE = Address.of("n", 0);
  static final int CALLS = 200;

  /** How many of {@link #CALLS} calls of {@code site} fired in the run of {@code seed}. */
  static int fires(long seed, BuggifyOdds odds, String site) {
    int[] fired = {0};
    Simulation sim = new Simulation(seed, FaultPlan.builder().buggify(odds).build(), Trace.Mode.HASH_ONLY);
    sim.addNode(NODE, () -> new Node() {
      @Override
      public void onStart(NodeContext ctx) {
        for (int i = 0; i < CALLS; i++) {
          fired[0] += ctx.buggify(site) ? 1 : 0;
        }
      }
    });
    sim.run(Long.MAX_VALUE, Long.MAX_VALUE);
    return fired[0];
  }

  @Test
  void aSiteIsEnabledAndFiresWithItsProbabilitiesWithinAStatisticalBound() {
    BuggifyOdds odds = new BuggifyOdds(0.3, 0.1);
    int runs = 400;
    int enabled = 0;
    int fired = 0;
    for (long seed = 0; seed < runs; seed++) {
      int f = fires(seed, odds, "slow-path");
      if (f > 0) { // an enabled site fires at least once in 200 calls but with odds 0.9^200
        enabled++;
        fired += f;
      }
    }
    BinomialTest test = new BinomialTest();
    // Two-sided exact binomial tests at 0.1%: a correct kernel fails one of them about once in 500 builds.
    assertThat(test.binomialTest(runs, enabled, 0.3, AlternativeHypothesis.TWO_SIDED)).isGreaterThan(0.001);
    assertThat(test.binomialTest(enabled * CALLS, fired, 0.1, AlternativeHypothesis.TWO_SIDED)).isGreaterThan(0.001);
    assertThat(enabled).isBetween(60, 180); // and not vacuously
  }

  @Test
  void sitesAreDrawnIndependently() {
    BuggifyOdds odds = new BuggifyOdds(0.5, 1);
    int both = 0;
    int either = 0;
    for (long seed = 0; seed < 200; seed++) {
      boolean a = fires(seed, odds, "a") > 0;
      boolean b = fires(seed, odds, "b") > 0;
      both += a && b ? 1 : 0;
      either += a || b ? 1 : 0;
    }
    assertThat(both).isBetween(25, 75); // about a quarter
    assertThat(either).isBetween(125, 175); // about three quarters
  }

  @Test
  void neverFiresWhenOffWhenCalmOrOutsideSimulation() {
    for (long seed = 0; seed < 20; seed++) {
      assertThat(fires(seed, BuggifyOdds.OFF, "s")).isZero();
    }
    int[] fired = {0};
    FaultPlan calm = FaultPlan.builder().buggify(new BuggifyOdds(1, 1)).calmFrom(100).build();
    Simulation sim = new Simulation(1, calm, Trace.Mode.FULL);
    sim.addNode(NODE, () -> new Node() {
      @Override
      public void onStart(NodeContext ctx) {
        fired[0] += ctx.buggify("s") ? 1 : 0;
        ctx.setTimer(200, "later", () -> fired[0] += ctx.buggify("s") ? 10 : 0);
      }
    });
    sim.run(Long.MAX_VALUE, Long.MAX_VALUE);
    assertThat(fired[0]).isEqualTo(1);
    assertThat(sim.trace().lines()).contains("{\"t\":0,\"kind\":\"buggify\",\"node\":\"n-0\",\"site\":\"s\"}");
    // A context that is not the simulation's keeps the interface's default.
    NodeContext outside = (NodeContext) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {NodeContext.class}, (proxy, method, args) -> {
          if (method.isDefault()) {
            return java.lang.reflect.InvocationHandler.invokeDefault(proxy, method, args);
          }
          return method.getName().equals("random") ? new SimRandom(1) : null;
        });
    assertThat(outside.buggify("s")).isFalse();
  }
}
