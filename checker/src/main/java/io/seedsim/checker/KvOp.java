package io.seedsim.checker;

/** The operations of the lab's key/value store. */
public enum KvOp {
  GET,
  PUT,
  APPEND;

  /** The name used in history files and messages: {@code get}, {@code put}, {@code append}. */
  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
