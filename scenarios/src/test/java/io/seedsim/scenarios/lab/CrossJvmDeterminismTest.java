package io.seedsim.scenarios.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.seedsim.testkit.Variants;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every lab scenario gives the same trace hashes in another JVM, started from another directory,
 * and on JDK 25 when one is installed (.ci/run points SEEDSIM_JDK25 at it).
 */
class CrossJvmDeterminismTest {

  static final long[] SEEDS = {3, 11};

  @Test
  void sameHashesInAnotherJvmFromAnotherDirectory(@TempDir Path dir) throws Exception {
    assertThat(otherJvm(Path.of(System.getProperty("java.home"), "bin", "java"), dir)).isEqualTo(hashesHere());
  }

  @Test
  void sameHashesOnJdk25(@TempDir Path dir) throws Exception {
    String home = System.getenv("SEEDSIM_JDK25");
    if (home == null && Files.isExecutable(Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java"))) {
      home = "/usr/lib/jvm/temurin-25-jdk-amd64";
    }
    assumeTrue(home != null, "no JDK 25 installed (set SEEDSIM_JDK25)");
    assertThat(otherJvm(Path.of(home, "bin", "java"), dir)).isEqualTo(hashesHere());
  }

  static String hashesHere() {
    return String.join(" ", HashProbe.hashes());
  }

  private static String otherJvm(Path java, Path dir) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"), HashProbe.class.getName())
        .directory(dir.toFile())
        .redirectErrorStream(true)
        .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertThat(p.exitValue()).as(out).isZero();
    return out;
  }

  /** Entry point for the other JVM: prints scenario:seed:hash for every scenario and seed. */
  public static final class HashProbe {
    static List<String> hashes() {
      List<String> out = new ArrayList<>();
      for (var scenario : LabScenarios.all()) {
        for (long seed : SEEDS) {
          out.add(scenario.name() + ":" + seed + ":" + scenario.run(seed, Variants.NONE).traceHash());
        }
      }
      return out;
    }

    public static void main(String[] args) {
      System.out.println(String.join(" ", hashes()));
    }
  }
}
