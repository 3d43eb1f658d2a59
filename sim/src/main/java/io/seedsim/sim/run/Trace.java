package io.seedsim.sim.run;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Everything that happened in a run, in execution order (docs/trace-format.md). Every event feeds
 * a running 64-bit hash, so the hash is always available; the records themselves are kept only in
 * {@link Mode#FULL}, because building them costs more than running the event. The hash covers
 * each event's kind, time, endpoints, ids, message type and timer label, and the full text of
 * client operations and their results; it does not cover message bodies, nor the annotations
 * nodes write ({@code NodeContext.annotate}).
 */
public final class Trace {

  /** How much a trace keeps. */
  public enum Mode {
    /** Only the hash: for sweeps. */
    HASH_ONLY,
    /** The hash and every record: for {@code run --trace} and pages. */
    FULL
  }

  private final Mode mode;
  private final List<TraceRecord> records;
  private long hash = 0x6a09e667f3bcc909L;
  private long events;
  private long annotations;

  Trace(Mode mode) {
    this.mode = mode;
    this.records = mode == Mode.FULL ? new ArrayList<>() : null;
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
    return events + annotations;
  }

  /** The records, in order. Throws in {@link Mode#HASH_ONLY}. */
  public List<TraceRecord> records() {
    if (records == null) {
      throw new IllegalStateException("this trace kept only its hash (Mode.HASH_ONLY)");
    }
    return Collections.unmodifiableList(records);
  }

  /** The records as JSON lines, in order, as {@link #writeTo} writes them. Throws in {@link Mode#HASH_ONLY}. */
  public List<String> lines() {
    return records().stream().map(TraceRecord::json).toList();
  }

  public void writeTo(Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      writeTo(w);
    }
  }

  public void writeTo(Writer w) throws IOException {
    for (TraceRecord r : records()) {
      w.write(r.json());
      w.write('\n');
    }
  }

  boolean full() {
    return records != null;
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

  void add(TraceRecord record) {
    records.add(record);
  }

  /** Counts a record that stays outside the hash (an annotation), in either mode. */
  void unhashed() {
    annotations++;
  }

  private static long finish(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }
}
