package io.seedsim.testkit;

/**
 * Where two runs of one seed first differ.
 *
 * @param line the 1-based line of the trace files where they differ (0 when the full traces agree
 *     and only the trace hashes differ)
 * @param first that line in the first run's trace, or "(end of trace)"
 * @param second that line in the second run's trace, or "(end of trace)"
 */
public record Divergence(long line, String first, String second, String firstHash, String secondHash) {

  /** Several lines: where, and both versions. */
  public String describe() {
    if (line == 0) {
      return "not deterministic: trace hashes " + firstHash + " and " + secondHash
          + " differ, but two more runs wrote the same full trace";
    }
    return "not deterministic: the traces of two runs first differ at line " + line + "\n  first:  " + first
        + "\n  second: " + second;
  }
}
