package io.seedsim.kvstore;

import io.seedsim.sim.Node;

/**
 * seedsim's own implementation of the lab ({@link KvServer}, {@link Clerk}), correct or with one of
 * the buggy {@link Variant}s switched on.
 */
public record ReferenceKv(Variant variant, KvTimings timings) implements KvImplementation {

  public static final ReferenceKv CORRECT = new ReferenceKv(Variant.CORRECT, KvTimings.LAB);

  public static ReferenceKv of(Variant variant) {
    return new ReferenceKv(variant, KvTimings.LAB);
  }

  @Override
  public Node server(ServerSetup setup) {
    return new KvServer(setup.index(), setup.shards(), setup.servers(), timings, variant);
  }

  @Override
  public KvClerk clerk(ClerkSetup setup) {
    return new Clerk(setup.ctx(), setup.clerkId(), setup.shards(), setup.servers(), timings, variant);
  }
}
