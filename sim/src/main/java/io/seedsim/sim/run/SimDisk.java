package io.seedsim.sim.run;

import io.seedsim.sim.Disk;
import io.seedsim.sim.DiskIOException;
import io.seedsim.sim.Promise;
import io.seedsim.sim.SimRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * One node's disk: what is durable, what the node sees (durable plus unsynced writes, like a page
 * cache), and the unsynced writes in issue order. Faults and latencies come from the node's
 * "disk:ADDRESS" stream; every fault draw is a {@code chance} whose false is "no fault".
 */
final class SimDisk implements Disk {

  private record Write(long seq, String key, byte[] value) {}

  private final NodeHost host;
  private final DiskFaults faults;
  private final SimRandom random;
  private final DelayModel.Sampler readDelay;
  private final DelayModel.Sampler writeDelay;
  private final DelayModel.Sampler fsyncDelay;
  private final TreeMap<String, byte[]> durable = new TreeMap<>();
  private TreeMap<String, byte[]> visible = new TreeMap<>();
  private final List<Write> unsynced = new ArrayList<>();
  private long issued;

  SimDisk(NodeHost host, DiskFaults faults, SimRandom random) {
    this.host = host;
    this.faults = faults;
    this.random = random;
    SimRandom delays = random.fork("delay");
    this.readDelay = faults.readDelay().bind(delays);
    this.writeDelay = faults.writeDelay().bind(delays);
    this.fsyncDelay = faults.fsyncDelay().bind(delays);
  }

  @Override
  public Promise<byte[]> read(String key) {
    requireKey(key);
    Promise<byte[]> done = Promise.pending();
    long delay = readDelay.nextMicros();
    boolean error = fault(faults.ioErrorProbability());
    byte[] stored = visible.get(key);
    byte[] value = stored == null || error ? null : stored.clone();
    int flipped = -1;
    if (value != null && value.length > 0 && fault(faults.bitFlipProbability())) {
      flipped = random.nextInt(value.length * 8);
      value[flipped >>> 3] ^= (byte) (1 << (flipped & 7));
    }
    int bit = flipped;
    host.sim.diskOperation(host, delay, () -> {
      Simulation sim = host.sim;
      if (error) {
        sim.tracer().diskFault(sim.nowMicros(), host, "io-error", "read", key);
        done.fail(new DiskIOException(host.address, "read", key));
        return;
      }
      if (bit >= 0) {
        sim.tracer().diskFault(sim.nowMicros(), host, "bit-flip", "read", key);
      }
      sim.tracer().diskRead(sim.nowMicros(), host, key, value == null ? -1 : value.length);
      done.complete(value);
    });
    return done;
  }

  @Override
  public Promise<Void> write(String key, byte[] value) {
    requireKey(key);
    if (value == null) {
      throw new IllegalArgumentException(host.name + ": disk write of '" + key + "' needs a value, got null");
    }
    Promise<Void> done = Promise.pending();
    long delay = writeDelay.nextMicros();
    boolean error = fault(faults.ioErrorProbability());
    host.sim.tracer().diskWrite(host.sim.nowMicros(), host, key, value.length);
    if (!error) {
      byte[] copy = value.clone();
      visible.put(key, copy);
      unsynced.add(new Write(++issued, key, copy));
    }
    host.sim.diskOperation(host, delay, () -> {
      if (error) {
        host.sim.tracer().diskFault(host.sim.nowMicros(), host, "io-error", "write", key);
        done.fail(new DiskIOException(host.address, "write", key));
      } else {
        done.complete(null);
      }
    });
    return done;
  }

  @Override
  public Promise<Void> fsync() {
    Promise<Void> done = Promise.pending();
    long upTo = issued;
    long delay = fsyncDelay.nextMicros();
    boolean error = fault(faults.ioErrorProbability());
    host.sim.diskOperation(host, delay, () -> {
      Simulation sim = host.sim;
      if (error) {
        sim.tracer().diskFault(sim.nowMicros(), host, "io-error", "fsync", null);
        done.fail(new DiskIOException(host.address, "fsync", null));
        return;
      }
      int n = 0;
      while (n < unsynced.size() && unsynced.get(n).seq() <= upTo) {
        Write w = unsynced.get(n++);
        durable.put(w.key(), w.value());
      }
      unsynced.subList(0, n).clear();
      sim.tracer().diskFsync(sim.nowMicros(), host, n);
      done.complete(null);
    });
    return done;
  }

  /**
   * The machine lost power: unsynced writes are lost, unless the plan's crash faults keep some of
   * them (each with even odds, applied in a random order) or tear the last one to a prefix.
   */
  void crash() {
    int lost = unsynced.size();
    int kept = 0;
    int tornBytes = -1;
    if (!unsynced.isEmpty()) {
      Write last = unsynced.get(unsynced.size() - 1);
      boolean tear = last.value().length > 0 && random.chance(faults.tornWriteProbability());
      List<Write> candidates = tear ? unsynced.subList(0, unsynced.size() - 1) : unsynced;
      if (random.chance(faults.unsyncedKeptProbability())) {
        List<Write> survivors = new ArrayList<>();
        for (Write w : candidates) {
          if (random.chance(0.5)) {
            survivors.add(w);
          }
        }
        random.shuffle(survivors);
        for (Write w : survivors) {
          durable.put(w.key(), w.value());
        }
        kept = survivors.size();
      }
      if (tear) {
        tornBytes = random.intInclusive(0, last.value().length - 1);
        durable.put(last.key(), Arrays.copyOf(last.value(), tornBytes));
      }
    }
    unsynced.clear();
    visible = new TreeMap<>(durable);
    host.sim.tracer().diskCrash(host.sim.nowMicros(), host, lost, kept, tornBytes);
  }

  private boolean fault(double p) {
    return p > 0 && !host.sim.calm() && random.chance(p);
  }

  private void requireKey(String key) {
    if (key == null || key.isEmpty()) {
      throw new IllegalArgumentException(host.name + ": a disk key must be a non-empty string, got " + key);
    }
  }
}
