package io.seedsim.sim.run;

/**
 * How every node's disk behaves: latencies, and the faults a seed may then pick. Each probability
 * is per operation (I/O errors on reads, writes and syncs; bit flips on reads) or per crash (a
 * torn last write; unsynced writes kept, each with even odds and in a random order, instead of
 * all lost). Once the plan's faults heal for good, I/O errors and bit flips stop; latencies stay.
 */
public record DiskFaults(
    DelayModel readDelay,
    DelayModel writeDelay,
    DelayModel fsyncDelay,
    double ioErrorProbability,
    double bitFlipProbability,
    double tornWriteProbability,
    double unsyncedKeptProbability) {

  /** Instant, faultless disks: a write is still lost at a crash until it is synced. */
  public static final DiskFaults NONE = new DiskFaults(DelayModel.NONE, DelayModel.NONE, DelayModel.NONE, 0, 0, 0, 0);

  public DiskFaults {
    if (readDelay == null || writeDelay == null || fsyncDelay == null) {
      throw new IllegalArgumentException("disk delays must not be null (use DelayModel.NONE)");
    }
    Checks.probability("ioErrorProbability", ioErrorProbability);
    Checks.probability("bitFlipProbability", bitFlipProbability);
    Checks.probability("tornWriteProbability", tornWriteProbability);
    Checks.probability("unsyncedKeptProbability", unsyncedKeptProbability);
  }

  /** Faultless disks with these latencies. */
  public static DiskFaults latencies(DelayModel read, DelayModel write, DelayModel fsync) {
    return new DiskFaults(read, write, fsync, 0, 0, 0, 0);
  }

  public DiskFaults withErrors(double ioErrorProbability, double bitFlipProbability) {
    return new DiskFaults(readDelay, writeDelay, fsyncDelay, ioErrorProbability, bitFlipProbability,
        tornWriteProbability, unsyncedKeptProbability);
  }

  public DiskFaults withCrashFaults(double tornWriteProbability, double unsyncedKeptProbability) {
    return new DiskFaults(readDelay, writeDelay, fsyncDelay, ioErrorProbability, bitFlipProbability,
        tornWriteProbability, unsyncedKeptProbability);
  }
}
