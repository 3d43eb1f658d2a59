package io.seedsim.checker;

import java.util.Locale;
import java.util.Optional;

/** The history file formats the checker reads. */
public enum HistoryFormat {
  /** Our JSON lines: one operation per line (see {@link JsonLinesHistory}). */
  JSONL("jsonl"),
  /** Jepsen/Maelstrom/Knossos EDN: one event map per line, or one vector of maps. */
  EDN("edn"),
  /** Porcupine's Jepsen etcd test logs ({@code INFO  jepsen.util - 0 :invoke :read nil}). */
  ETCD_LOG("etcd-log");

  private final String label;

  HistoryFormat(String label) {
    this.label = label;
  }

  /** The name on the command line: jsonl, edn, etcd-log. */
  public String label() {
    return label;
  }

  public static Optional<HistoryFormat> byLabel(String label) {
    for (HistoryFormat f : values()) {
      if (f.label.equals(label)) return Optional.of(f);
    }
    return Optional.empty();
  }

  /**
   * The format a file name suggests: {@code .jsonl}, {@code .ndjson}, {@code .json} are jsonl;
   * {@code .edn} and {@code .txt} (Porcupine's kv files) are edn; {@code .log} is etcd-log.
   */
  public static Optional<HistoryFormat> guess(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) return Optional.of(JSONL);
    if (name.endsWith(".edn") || name.endsWith(".txt")) return Optional.of(EDN);
    if (name.endsWith(".log")) return Optional.of(ETCD_LOG);
    return Optional.empty();
  }
}
