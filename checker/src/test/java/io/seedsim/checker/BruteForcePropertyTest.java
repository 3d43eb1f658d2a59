package io.seedsim.checker;

import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.checker.model.MultiRegisterModel;
import io.seedsim.checker.model.MutexModel;
import io.seedsim.checker.model.Nil;
import io.seedsim.checker.model.QueueModel;
import io.seedsim.checker.model.RegisterOp;
import io.seedsim.checker.model.SetModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * The search agrees with a brute-force check over every order of small random histories: several
 * clients, overlapping calls, unknown outcomes, more than one key.
 */
class BruteForcePropertyTest {
  private static final String[] KV_OUTPUTS = {"", "a", "b", "ab", "ba", "aa", "bb"};

  @Property(tries = 2500)
  @StatisticsReport(onFailureOnly = true)
  void kvAgreesWithBruteForce(@ForAll long seed) {
    Random random = new Random(seed);
    Model<?> model = Models.byName("kv");
    List<Operation> history = randomHistory(random, () -> {
      String key = random.nextInt(4) == 0 ? "2" : "1";
      return switch (random.nextInt(3)) {
        case 0 -> new Model.Call(KvInput.get(key), KV_OUTPUTS[random.nextInt(KV_OUTPUTS.length)]);
        case 1 -> new Model.Call(KvInput.put(key, random.nextBoolean() ? "a" : "b"), null);
        default -> new Model.Call(KvInput.append(key, random.nextBoolean() ? "a" : "b"),
            random.nextBoolean() ? null : KV_OUTPUTS[random.nextInt(KV_OUTPUTS.length)]);
      };
    });
    assertAgrees(model, history);
    coverBothVerdicts();
  }

  @Property(tries = 2500)
  @StatisticsReport(onFailureOnly = true)
  void casRegisterAgreesWithBruteForce(@ForAll long seed) {
    Random random = new Random(seed);
    Model<?> model = Models.byName("cas-register");
    List<Operation> history = randomHistory(random, () -> casRegisterCall(random));
    assertAgrees(model, history);
    coverBothVerdicts();
  }

  @Property(tries = 1500)
  @StatisticsReport(onFailureOnly = true)
  void linKvAgreesWithBruteForce(@ForAll long seed) {
    Random random = new Random(seed);
    Model<?> model = Models.byName("lin-kv");
    List<Operation> history = randomHistory(random, () -> {
      String key = random.nextBoolean() ? "x" : "y";
      return switch (random.nextInt(3)) {
        case 0 -> new Model.Call(new RegisterOp.Read(key), random.nextInt(3) == 0 ? Nil.NIL : (long) random.nextInt(2));
        case 1 -> new Model.Call(new RegisterOp.Write(key, (long) random.nextInt(2)), null);
        default -> new Model.Call(new RegisterOp.Cas(key, (long) random.nextInt(2), (long) random.nextInt(2)),
            random.nextBoolean());
      };
    });
    assertAgrees(model, history);
    coverBothVerdicts();
  }

  @Property(tries = 1000)
  @StatisticsReport(onFailureOnly = true)
  void mutexAgreesWithBruteForce(@ForAll long seed) {
    Random random = new Random(seed);
    List<Operation> history = randomHistory(random, () ->
        new Model.Call(random.nextBoolean() ? MutexModel.Op.ACQUIRE : MutexModel.Op.RELEASE, null));
    assertAgrees(Models.byName("mutex"), history);
    coverBothVerdicts();
  }

  @Property(tries = 1000)
  @StatisticsReport(onFailureOnly = true)
  void setAgreesWithBruteForce(@ForAll long seed) {
    Random random = new Random(seed);
    List<Operation> history = randomHistory(random, () -> {
      if (random.nextInt(3) > 0) return new Model.Call(new SetModel.SetOp.Add((long) random.nextInt(3)), null);
      Set<Object> seen = new HashSet<>();
      for (long v = 0; v < 3; v++) if (random.nextBoolean()) seen.add(v);
      return new Model.Call(new SetModel.SetOp.Read(), Set.copyOf(seen));
    });
    assertAgrees(Models.byName("set"), history);
    coverBothVerdicts();
  }

  @Property(tries = 1000)
  @StatisticsReport(onFailureOnly = true)
  void unorderedQueueAgreesWithBruteForce(@ForAll long seed) {
    queueAgreesWithBruteForce(seed, "unordered-queue");
  }

  @Property(tries = 1000)
  @StatisticsReport(onFailureOnly = true)
  void fifoQueueAgreesWithBruteForce(@ForAll long seed) {
    queueAgreesWithBruteForce(seed, "fifo-queue");
  }

  private static void queueAgreesWithBruteForce(long seed, String name) {
    Random random = new Random(seed);
    List<Operation> history = randomHistory(random, () -> random.nextInt(5) < 3
        ? new Model.Call(new QueueModel.QueueOp.Enqueue((long) random.nextInt(2)), null)
        : new Model.Call(new QueueModel.QueueOp.Dequeue(), random.nextInt(5) == 0 ? null : (long) random.nextInt(2)));
    assertAgrees(Models.byName(name), history);
    coverBothVerdicts();
  }

  @Property(tries = 1000)
  @StatisticsReport(onFailureOnly = true)
  void multiRegisterAgreesWithBruteForce(@ForAll long seed) {
    Random random = new Random(seed);
    List<Operation> history = randomHistory(random, () -> {
      List<MultiRegisterModel.Micro> steps = new ArrayList<>();
      List<Object> seen = new ArrayList<>();
      for (int i = 1 + random.nextInt(2); i > 0; i--) {
        String key = random.nextBoolean() ? "x" : "y";
        if (random.nextBoolean()) {
          steps.add(new MultiRegisterModel.Micro(true, key, null));
          seen.add(random.nextInt(4) == 0 ? null : random.nextInt(3) == 0 ? Nil.NIL : (Object) (long) random.nextInt(2));
        } else {
          steps.add(new MultiRegisterModel.Micro(false, key, (long) random.nextInt(2)));
        }
      }
      return new Model.Call(new MultiRegisterModel.Txn(steps), java.util.Collections.unmodifiableList(seen));
    });
    assertAgrees(Models.byName("multi-register"), history);
    coverBothVerdicts();
  }

  /** Fails the property when the generator stops producing both answers, and unknown outcomes. */
  private static void coverBothVerdicts() {
    Statistics.label("verdict").coverage(c -> {
      c.check("linearizable").percentage(p -> p > 10);
      c.check("not linearizable").percentage(p -> p > 10);
    });
    Statistics.label("unknown outcomes").coverage(c -> c.check(true).percentage(p -> p > 10));
  }

  /** A read (of nil now and then), write or cas (applied or failed) of one register, values 0..2. */
  static Model.Call casRegisterCall(Random random) {
    return switch (random.nextInt(3)) {
      case 0 -> new Model.Call(new RegisterOp.Read(null), random.nextInt(4) == 0 ? Nil.NIL : (long) random.nextInt(3));
      case 1 -> new Model.Call(new RegisterOp.Write(null, (long) random.nextInt(3)), null);
      default -> new Model.Call(new RegisterOp.Cas(null, (long) random.nextInt(3), (long) random.nextInt(3)),
          random.nextBoolean());
    };
  }

  interface CallMaker {
    Model.Call next();
  }

  private static List<Operation> randomHistory(Random random, CallMaker calls) {
    return randomHistory(random, 3, calls);
  }

  /** Up to 7 operations by {@code clients} clients, each client's calls in sequence, some never returning. */
  static List<Operation> randomHistory(Random random, int clients, CallMaker calls) {
    int size = 1 + random.nextInt(7);
    long[] clientFree = new long[clients];
    List<Operation> ops = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      int client = random.nextInt(clients);
      if (clientFree[client] == Operation.UNKNOWN) continue;
      long call = clientFree[client] + random.nextInt(4);
      boolean unknown = random.nextInt(6) == 0;
      long ret = unknown ? Operation.UNKNOWN : call + random.nextInt(6);
      Model.Call c = calls.next();
      ops.add(new Operation(ops.size(), client, c.input(), unknown ? null : c.output(), call, ret));
      clientFree[client] = unknown ? Operation.UNKNOWN : ret + 1;
    }
    return ops;
  }

  private static <S> void assertAgrees(Model<S> model, List<Operation> history) {
    boolean expected = BruteForce.linearizable(model, history);
    boolean withUnknown = history.stream().anyMatch(op -> !op.hasReturn());
    Statistics.label("verdict").collect(expected ? "linearizable" : "not linearizable");
    Statistics.label("unknown outcomes").collect(withUnknown);
    Verdict verdict = Linearizability.check(model, history, null).verdict();
    assertThat(verdict).as("history %s", history).isEqualTo(expected ? Verdict.LINEARIZABLE : Verdict.NOT_LINEARIZABLE);
  }

  /** Tries, key by key, every order of the completed operations plus any subset of the unknown ones. */
  static final class BruteForce {
    static <S> boolean linearizable(Model<S> model, List<Operation> history) {
      java.util.Map<String, List<Operation>> byKey = new java.util.HashMap<>();
      for (Operation op : history) {
        byKey.computeIfAbsent(String.valueOf(model.partitionOf(op.input())), k -> new ArrayList<>()).add(op);
      }
      return byKey.values().stream().allMatch(ops -> extend(model, ops, new boolean[ops.size()], model.init()));
    }

    private static <S> boolean extend(Model<S> model, List<Operation> ops, boolean[] used, S state) {
      boolean allKnownUsed = true;
      for (int i = 0; i < ops.size(); i++) allKnownUsed &= used[i] || !ops.get(i).hasReturn();
      if (allKnownUsed) return true;
      for (int i = 0; i < ops.size(); i++) {
        if (used[i] || !mayGoNext(ops, used, i)) continue;
        Operation op = ops.get(i);
        S next = model.step(state, op.input(), op.output());
        if (next == null) continue;
        used[i] = true;
        boolean found = extend(model, ops, used, next);
        used[i] = false;
        if (found) return true;
      }
      return false;
    }

    /** Real time: no unused operation returned before this one was called. */
    private static boolean mayGoNext(List<Operation> ops, boolean[] used, int candidate) {
      for (int j = 0; j < ops.size(); j++) {
        if (!used[j] && j != candidate && ops.get(j).ret() < ops.get(candidate).call()) return false;
      }
      return true;
    }
  }
}
