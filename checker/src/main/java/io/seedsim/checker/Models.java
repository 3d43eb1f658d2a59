package io.seedsim.checker;

import io.seedsim.checker.model.KvModel;
import io.seedsim.checker.model.RegisterModel;
import java.util.List;

/** The models that ship with the checker, by their command-line names. */
public final class Models {
  private Models() {}

  public static final List<String> NAMES = List.of("kv", "lin-kv", "register", "cas-register");

  /** The model called {@code name}; throws IllegalArgumentException listing the names otherwise. */
  public static Model<?> byName(String name) {
    return switch (name) {
      case "kv" -> new KvModel();
      case "lin-kv" -> RegisterModel.linKv();
      case "register" -> RegisterModel.register();
      case "cas-register" -> RegisterModel.casRegister();
      default -> throw new IllegalArgumentException(
          "unknown model '" + name + "' (expected one of " + String.join(", ", NAMES) + ")");
    };
  }
}
