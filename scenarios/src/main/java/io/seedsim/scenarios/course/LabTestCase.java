package io.seedsim.scenarios.course;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The lab tests, named as in the Python suite, and the scenario each one runs. */
public enum LabTestCase {
  BASIC("TestBasic", "basic", "one client"),
  CONCURRENT("TestConcurrent", "concurrent", "many clients"),
  UNRELIABLE("TestUnreliable", "unreliable", "unreliable net, many clients"),
  UNRELIABLE_ONE_KEY("TestUnreliableOneKey", "unreliable-one-key", "unreliable net, many clients, one key"),
  STATIC_SHARDS("TestStaticShards", "static-shards", "static 3-way sharding"),
  REJECTION("TestRejection", "rejection", "rejection by one shard"),
  UNRELIABLE_SHARDS("TestUnreliableShards", "unreliable-shards", "unreliable net, sharded, many clients"),
  /** Not in the handout: random faults beyond the lab's network (duplicates, reordering, partitions). */
  CHAOS("TestChaos", "chaos", "swarm testing: random faults beyond the handout's");

  private final String testName;
  private final String scenario;
  private final String title;

  LabTestCase(String testName, String scenario, String title) {
    this.testName = testName;
    this.scenario = scenario;
    this.title = title;
  }

  /** The Python suite's name, e.g. TestUnreliable. */
  public String testName() {
    return testName;
  }

  /** The seedsim scenario it runs, e.g. unreliable. */
  public String scenario() {
    return scenario;
  }

  public String title() {
    return title;
  }

  /** The handout's seven tests, in the handout's order. */
  public static List<LabTestCase> seven() {
    return Arrays.stream(values()).filter(c -> c != CHAOS).toList();
  }

  /** By test name (TestBasic) or scenario name (basic). */
  public static Optional<LabTestCase> byName(String name) {
    return Arrays.stream(values()).filter(c -> c.testName.equals(name) || c.scenario.equals(name)).findFirst();
  }

  /** The known names, for an error message. */
  public static String names() {
    return String.join(", ", Arrays.stream(values()).map(LabTestCase::testName).toList());
  }
}
