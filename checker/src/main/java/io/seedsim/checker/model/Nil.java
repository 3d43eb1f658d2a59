package io.seedsim.checker.model;

/** The value of a register (or key) that was never written: Jepsen's and Maelstrom's {@code nil}. */
public enum Nil {
  NIL;

  @Override
  public String toString() {
    return "nil";
  }
}
