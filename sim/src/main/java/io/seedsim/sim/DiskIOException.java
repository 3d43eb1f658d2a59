package io.seedsim.sim;

/** A simulated disk operation failed: an injected I/O error. Nothing was read, written or synced. */
public final class DiskIOException extends RuntimeException {
  public DiskIOException(Address node, String operation, String key) {
    super(node + ": I/O error on " + operation + (key == null ? "" : " of '" + key + "'"), null, false, false);
  }
}
