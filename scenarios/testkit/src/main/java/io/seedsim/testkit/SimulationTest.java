package io.seedsim.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.function.Supplier;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test method once per seed, each as its own test named {@code seed N}.
 *
 * <p>The method may take a {@code long} parameter, the seed. With {@link #scenario()} set, the
 * extension runs that scenario for the seed first; the method may take the {@link
 * io.seedsim.testkit.RunResult} to check more, and a failed run fails the test.
 *
 * <p>From the Maven command line, {@code -Dseedsim.seed=N} runs exactly seed N and {@code
 * -Dseedsim.seeds=A..B} runs seeds A to B instead of the annotation's. A failure's message says how
 * to replay its seed; a failed scenario run also leaves its page, trace and history under {@code
 * target/seedsim/CLASS.METHOD/seed-N/} ({@code -Dseedsim.artifacts=DIR} moves them).
 *
 * <p>Seeds run one after the other unless JUnit's parallel execution is on
 * ({@code junit.jupiter.execution.parallel.enabled=true} in {@code junit-platform.properties})
 * and the method is marked {@code @Execution(ExecutionMode.CONCURRENT)}: then seeds run on
 * JUnit's worker threads, each run still single-threaded.
 *
 * <pre>{@code
 * @SimulationTest(seeds = 500)
 * void electsOneLeader(long seed) { ... }
 * }</pre>
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TestTemplate
@ExtendWith(SimulationTestExtension.class)
public @interface SimulationTest {

  /** How many seeds to run, from {@link #firstSeed()}. */
  long seeds() default 100;

  long firstSeed() default 0;

  /** A scenario of {@link #registry()} to run for each seed; empty for the test's own code. */
  String scenario() default "";

  /** The variant the scenario runs (only with {@link #scenario()}). */
  String variant() default Variants.NONE;

  /**
   * Where {@link #scenario()} is looked up; a test that names a scenario names its registry too.
   */
  Class<? extends Supplier<ScenarioRegistry>> registry() default NoScenarios.class;

  /**
   * Runs each seed of {@link #scenario()} twice and fails the seed if the two traces differ,
   * naming the first line where they do ({@link DeterminismCheck}). Costs about four runs a seed.
   */
  boolean checkDeterminism() default false;

  /**
   * Shrinks the first failing seed of {@link #scenario()} (of each test method) to a minimal case
   * that fails the same way, writes it beside the seed's artifacts, and adds its replay command
   * to the failure. {@code -Dseedsim.shrink=false} switches it off for a whole run and {@code
   * -Dseedsim.shrink.time=SECONDS} bounds each shrink (default 60).
   */
  boolean shrink() default true;
}
