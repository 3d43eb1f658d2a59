package io.seedsim.scenarios.lab;

/**
 * One client operation as the client saw it, in virtual microseconds.
 *
 * @param id the operation's id in the trace ("op" of its call and return events)
 * @param op "get", "put" or "append"
 * @param value the put value or append argument; null for a get
 * @param output the get's value or the append's old value; null for a put or an unknown outcome
 * @param returnMicros null when the outcome is unknown (still pending when the run ended)
 */
public record HistoryEntry(
    int id, int client, String op, String key, String value, String output, long callMicros, Long returnMicros) {

  public boolean returned() {
    return returnMicros != null;
  }

  /** One line, e.g. {@code append("3", "x 3 7 y")}. */
  public String describe() {
    return op + "(\"" + key + "\"" + (value == null ? "" : ", \"" + value + "\"") + ")";
  }
}
