package io.seedsim.scenarios.course;

import io.seedsim.kvstore.ClerkSetup;
import io.seedsim.kvstore.KvClerk;
import io.seedsim.kvstore.KvImplementation;
import io.seedsim.kvstore.ServerSetup;
import io.seedsim.sim.Node;
import io.seedsim.sim.Promise;
import java.util.function.Supplier;

/**
 * A student's implementation as the lab scenarios see it. A clerk method that throws (the
 * starter's TODOs do) or returns null becomes a failed operation, which the scenario reports with
 * the exception's message, instead of an operation that silently never returns.
 */
public record StudentKv(KvImplementation implementation) implements KvImplementation {

  /** What every output calls a student's code: never "the correct implementation". */
  public static final String LABEL = "your implementation";

  @Override
  public Node server(ServerSetup setup) {
    Node server = implementation.server(setup);
    if (server == null) {
      throw new IllegalStateException("your KVServer factory returned null for server " + setup.index());
    }
    return server;
  }

  @Override
  public KvClerk clerk(ClerkSetup setup) {
    KvClerk clerk = implementation.clerk(setup);
    if (clerk == null) {
      throw new IllegalStateException("your Clerk factory returned null");
    }
    return new Guarded(clerk);
  }

  private record Guarded(KvClerk clerk) implements KvClerk {
    @Override
    public Promise<String> get(String key) {
      return guard("Clerk.get", () -> clerk.get(key));
    }

    @Override
    public Promise<Void> put(String key, String value) {
      return guard("Clerk.put", () -> clerk.put(key, value));
    }

    @Override
    public Promise<String> append(String key, String arg) {
      return guard("Clerk.append", () -> clerk.append(key, arg));
    }

    private static <T> Promise<T> guard(String method, Supplier<Promise<T>> call) {
      try {
        Promise<T> promise = call.get();
        return promise != null ? promise : Promise.failed(new IllegalStateException(method + " returned null, not a Promise"));
      } catch (RuntimeException e) {
        return Promise.failed(e);
      }
    }
  }
}
