package io.seedsim.testkit;

/** Variant names shared by every scenario. */
public final class Variants {
  /** The correct implementation. */
  public static final String NONE = "none";

  private Variants() {}
}
