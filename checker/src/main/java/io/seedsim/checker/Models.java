package io.seedsim.checker;

import io.seedsim.checker.model.KvModel;
import io.seedsim.checker.model.MultiRegisterModel;
import io.seedsim.checker.model.MutexModel;
import io.seedsim.checker.model.QueueModel;
import io.seedsim.checker.model.RegisterModel;
import io.seedsim.checker.model.SetModel;
import java.util.List;

/** The models that ship with the checker, by their command-line names. */
public final class Models {
  private Models() {}

  public static final List<String> NAMES = List.of("kv", "lin-kv", "register", "cas-register",
      "mutex", "multi-register", "set", "unordered-queue", "fifo-queue");

  /** The model called {@code name}; throws IllegalArgumentException listing the names otherwise. */
  public static Model<?> byName(String name) {
    return switch (name) {
      case "kv" -> new KvModel();
      case "lin-kv" -> RegisterModel.linKv();
      case "register" -> RegisterModel.register();
      case "cas-register" -> RegisterModel.casRegister();
      case "mutex" -> new MutexModel();
      case "multi-register" -> new MultiRegisterModel();
      case "set" -> new SetModel();
      case "unordered-queue" -> QueueModel.unordered();
      case "fifo-queue" -> QueueModel.fifo();
      default -> throw new IllegalArgumentException(
          "unknown model '" + name + "' (expected one of " + String.join(", ", NAMES) + ")");
    };
  }
}
