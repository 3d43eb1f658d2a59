package io.seedsim.sim.run;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything that happened in a run, in execution order (docs/trace-format.md). Every event feeds
 * a running 64-bit hash, so the hash is always available; the JSON lines themselves are kept only
 * in {@link Mode#FULL}, because building them costs more than running the event. The hash covers
 * each event's kind, time, endpoints, ids, message type and timer label, and the full text of
 * client operations and their results; it does not cover message bodies.
 */
public final class Trace {

  /** How much a trace keeps. */
  public enum Mode {
    /** Only the hash: for sweeps. */
    HASH_ONLY,
    /** The hash and every event as a JSON line: for {@code run --trace} and pages. */
    FULL
  }

  private final Mode mode;
  private final List<String> lines;
  private long hash = 0x6a09e667f3bcc909L;
  private long events;

  Trace(Mode mode) {
    this.mode = mode;
    this.lines = mode == Mode.FULL ? new ArrayList<>() : null;
  }

  public Mode mode() {
    return mode;
  }

  /** The hash as 16 hex digits. Same scenario, seed, variant and build: same hash. */
  public String hash() {
    return String.format("%016x", finish(hash ^ events));
  }

  /** Number of trace records (not events: a cancelled timer is one record and no event). */
  public long size() {
    return events;
  }

  /** The JSON lines, in order. Throws in {@link Mode#HASH_ONLY}. */
  public List<String> lines() {
    if (lines == null) {
      throw new IllegalStateException("this trace kept only its hash (Mode.HASH_ONLY)");
    }
    return List.copyOf(lines);
  }

  public void writeTo(Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      writeTo(w);
    }
  }

  public void writeTo(Writer w) throws IOException {
    for (String line : lines()) {
      w.write(line);
      w.write('\n');
    }
  }

  boolean full() {
    return lines != null;
  }

  // --- hashing -------------------------------------------------------------------------------

  void mix(long x) {
    hash = Long.rotateLeft((hash ^ x) * 0x9e3779b97f4a7c15L, 29) + 0x632be59bd9b4e019L;
  }

  void mix(String s) {
    mix(s == null ? 0x5bd1e995L : ((long) s.hashCode() << 32) ^ s.length());
  }

  void event(int kind, long time) {
    events++;
    mix(kind);
    mix(time);
  }

  void line(String json) {
    lines.add(json);
  }

  private static long finish(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }
}
