package io.seedsim.kvstore;

import io.seedsim.sim.Node;

/**
 * The lab's store with servers that keep their writes on the simulated disk ({@link
 * DurableKvServer}) and the reference {@link Clerk}: correct, or with the durable server's bug
 * ({@link Variant#ACK_BEFORE_FSYNC}) or the clerk's ({@link Variant#REUSE_SEQ}).
 */
public record DurableKv(Variant variant, KvTimings timings) implements KvImplementation {

  /** The variants this implementation has: the server's other bugs are the in-memory server's. */
  public static boolean supports(Variant variant) {
    return variant == Variant.CORRECT || variant == Variant.ACK_BEFORE_FSYNC || variant == Variant.REUSE_SEQ;
  }

  public DurableKv {
    if (!supports(variant)) {
      throw new IllegalArgumentException("the durable servers have no variant '" + variant.id()
          + "'; they have none, ack-before-fsync and reuse-seq");
    }
  }

  public static DurableKv of(Variant variant) {
    return new DurableKv(variant, KvTimings.LAB);
  }

  @Override
  public Node server(ServerSetup setup) {
    return new DurableKvServer(setup.index(), setup.shards(), setup.servers(), timings, variant);
  }

  @Override
  public KvClerk clerk(ClerkSetup setup) {
    return new Clerk(setup.ctx(), setup.clerkId(), setup.shards(), setup.servers(), timings, variant);
  }
}
