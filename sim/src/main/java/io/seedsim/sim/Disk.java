package io.seedsim.sim;

/**
 * A node's simulated disk: a store of byte blobs by key that survives crashes. A write is visible
 * to reads at once but durable only once a later {@link #fsync()} has completed; a crash loses the
 * writes not yet synced (and, as faults, may keep some of them in any order, or tear the last).
 * Every operation takes virtual time, so each returns a promise; an operation may fail with a
 * {@link DiskIOException}, and a read may return a copy with one bit flipped, as the fault plan
 * says. Promises of an operation in flight at a crash never complete.
 */
public interface Disk {

  /** The value last written under {@code key}, synced or not; null if there is none. */
  Promise<byte[]> read(String key);

  /** Writes {@code value} (copied) under {@code key}. Completes when the write is in the page cache. */
  Promise<Void> write(String key, byte[] value);

  /** Makes every write issued before this call durable. */
  Promise<Void> fsync();
}
