package io.seedsim.kvstore;

/** The three operations a clerk offers. */
public enum KvOp {
  GET,
  PUT,
  APPEND
}
