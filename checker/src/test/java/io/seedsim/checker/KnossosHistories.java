package io.seedsim.checker;

import java.util.Map;

/** One short violating EDN history for each of Knossos's other models, for tests. */
public final class KnossosHistories {
  private KnossosHistories() {}

  /** Model name to history; the last operation of each is the one that cannot take effect. */
  public static final Map<String, String> VIOLATIONS = Map.of(
      "mutex", """
          {:process 0, :type :invoke, :f :acquire, :value nil}
          {:process 1, :type :invoke, :f :acquire, :value nil}
          {:process 0, :type :ok, :f :acquire, :value nil}
          {:process 1, :type :ok, :f :acquire, :value nil}
          """,
      "multi-register", """
          {:process 0, :type :invoke, :f :txn, :value [[:write :x 1]]}
          {:process 0, :type :ok, :f :txn, :value [[:write :x 1]]}
          {:process 1, :type :invoke, :f :txn, :value [[:read :x nil]]}
          {:process 1, :type :ok, :f :txn, :value [[:read :x 2]]}
          """,
      "set", """
          {:process 0, :type :invoke, :f :add, :value 1}
          {:process 0, :type :ok, :f :add, :value 1}
          {:process 1, :type :invoke, :f :read, :value nil}
          {:process 1, :type :ok, :f :read, :value #{}}
          """,
      "unordered-queue", """
          {:process 0, :type :invoke, :f :enqueue, :value 1}
          {:process 0, :type :ok, :f :enqueue, :value 1}
          {:process 1, :type :invoke, :f :dequeue, :value nil}
          {:process 1, :type :ok, :f :dequeue, :value 3}
          """,
      "fifo-queue", """
          {:process 0, :type :invoke, :f :enqueue, :value 1}
          {:process 0, :type :ok, :f :enqueue, :value 1}
          {:process 0, :type :invoke, :f :enqueue, :value 2}
          {:process 0, :type :ok, :f :enqueue, :value 2}
          {:process 1, :type :invoke, :f :dequeue, :value nil}
          {:process 1, :type :ok, :f :dequeue, :value 2}
          """);
}
