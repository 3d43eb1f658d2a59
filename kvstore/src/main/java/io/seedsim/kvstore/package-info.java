/**
 * The key/value store of the lab (lab1-handout.md), written only against the kernel's node API.
 *
 * <p>{@link io.seedsim.kvstore.KvServer} and {@link io.seedsim.kvstore.Clerk} speak the sealed
 * {@link io.seedsim.kvstore.KvMessage} protocol; {@link io.seedsim.kvstore.ShardMap} places keys;
 * {@link io.seedsim.kvstore.Variant} selects the reference implementation or one of the buggy ones;
 * {@link io.seedsim.kvstore.KvCluster} registers the servers on a simulation.
 */
package io.seedsim.kvstore;
