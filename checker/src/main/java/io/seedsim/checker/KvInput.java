package io.seedsim.checker;

import java.util.Objects;

/**
 * The input of a key/value operation. {@code value} is the argument of put and append, null for
 * get. The matching output is a String: the value a get read, the old value an append saw, or
 * null for put and whenever the output was not observed.
 */
public record KvInput(KvOp op, String key, String value) {

  public KvInput {
    Objects.requireNonNull(op, "op");
    Objects.requireNonNull(key, "key");
    if ((op == KvOp.GET) != (value == null)) {
      throw new IllegalArgumentException(op.wireName() + " " + (value == null ? "needs a value" : "takes no value"));
    }
  }

  public static KvInput get(String key) {
    return new KvInput(KvOp.GET, key, null);
  }

  public static KvInput put(String key, String value) {
    return new KvInput(KvOp.PUT, key, value);
  }

  public static KvInput append(String key, String value) {
    return new KvInput(KvOp.APPEND, key, value);
  }
}
