package io.seedsim.scenarios.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A main class run in a java process of its own, with this test's class path. */
public record JavaProcess(int exitCode, String out, String err) {

  /** Runs {@code main} with {@code jvmOptions} (such as -Xmx24m) and {@code args}, to its end. */
  public static JavaProcess run(List<String> jvmOptions, Class<?> main, String... args)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile("seedsim-process-", ".out");
    Path err = Files.createTempFile("seedsim-process-", ".err");
    try {
      Process process =
          builder(jvmOptions, main, args)
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      try {
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
          throw new AssertionError(main.getSimpleName() + " did not end within 120 s");
        }
      } finally {
        process.destroyForcibly();
      }
      return new JavaProcess(process.exitValue(), Files.readString(out), Files.readString(err));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** The command line that runs {@code main} in a JVM of its own. */
  public static ProcessBuilder builder(List<String> jvmOptions, Class<?> main, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }

  public List<String> outLines() {
    return out.lines().toList();
  }
}
