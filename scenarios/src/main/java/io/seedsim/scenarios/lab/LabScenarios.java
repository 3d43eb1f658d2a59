package io.seedsim.scenarios.lab;

import io.seedsim.kvstore.ShardMap;
import io.seedsim.kvstore.Variant;
import io.seedsim.testkit.Scenario;
import io.seedsim.testkit.ScenarioRegistry;
import java.util.List;

/**
 * The lab's seven tests, the chaos scenario and its durable twin, and the buggy variants, for the registry.
 * Every history is judged by the linearizability checker's {@code kv} model.
 */
public final class LabScenarios {

  /** The check behind {@link #all()}. */
  static final HistoryCheck HISTORY_CHECK = new KvHistoryCheck();

  private LabScenarios() {}

  /** The check every lab scenario judges its history with: the kv model, following each run as it records. */
  public static HistoryCheck historyCheck() {
    return HISTORY_CHECK;
  }

  /** The lab's seven scenarios, the chaos and durable scenarios, and the kvstore's buggy variants. */
  public static ScenarioRegistry registry() {
    return new ScenarioRegistry(all(), variants());
  }

  public static List<Scenario> all() {
    return all(HISTORY_CHECK);
  }

  /** The lab scenario called {@code name} ("basic" ... "chaos"), to run any implementation. */
  public static LabScenario byName(String name) {
    return all().stream()
        .filter(s -> s.name().equals(name))
        .map(LabScenario.class::cast)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no lab scenario '" + name + "'"));
  }

  /** The nine scenarios, judging histories with {@code check}. */
  public static List<Scenario> all(HistoryCheck check) {
    return List.of(
        new GenericScenario("basic", "TestBasic: 1 server, reliable net, 1 client appending and reading its key for 3 x 1 s",
            check, 1, new ShardMap(1, 1), false),
        new GenericScenario("concurrent", "TestConcurrent: 1 server, reliable net, 5 clients, one key each, 3 x 1 s",
            check, 5, new ShardMap(1, 1), false),
        new GenericScenario("unreliable", "TestUnreliable: 1 server, unreliable net (delay, 10% request and reply drops), 5 clients, 3 x 1 s",
            check, 5, new ShardMap(1, 1), true),
        new OneKeyScenario(check),
        new StaticShardsScenario(false, check),
        new StaticShardsScenario(true, check),
        new GenericScenario("unreliable-shards", "TestUnreliableShards: 5 servers x 3 replicas, unreliable net, 5 clients, 3 x 1 s",
            check, 5, new ShardMap(5, 3), true),
        new ChaosScenario(check),
        new DurableScenario(check));
  }

  /** The buggy variants, each a small student mistake; "none" is the reference implementation. */
  public static List<ScenarioRegistry.VariantInfo> variants() {
    return Variant.bugs().stream().map(v -> new ScenarioRegistry.VariantInfo(v.id(), v.description())).toList();
  }
}
