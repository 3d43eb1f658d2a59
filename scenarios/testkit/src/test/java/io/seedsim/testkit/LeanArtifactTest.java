package io.seedsim.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a project that depends only on seedsim-testkit gets: the build writes this module's
 * resolved compile and runtime dependencies (Maven's dependency:list, the same resolution a user's
 * build does) to target/runtime-dependencies.txt, and this test reads them.
 */
class LeanArtifactTest {

  private static List<String> dependencies() throws Exception {
    Path list = Path.of("target", "runtime-dependencies.txt");
    assertThat(list).as("written by maven-dependency-plugin's list goal in this module's build").exists();
    return Files.readAllLines(list).stream().map(String::strip).filter(l -> l.contains(":")).toList();
  }

  @Test
  void bringsTheKernelTheCheckerAndJUnitsApi() throws Exception {
    assertThat(dependencies())
        .anyMatch(d -> d.startsWith("io.seedsim:seedsim-sim:jar:"))
        .anyMatch(d -> d.startsWith("io.seedsim:seedsim-checker:jar:"))
        .anyMatch(d -> d.startsWith("org.junit.jupiter:junit-jupiter-api:jar:"))
        .anyMatch(d -> d.startsWith("com.tngtech.archunit:archunit:jar:"));
  }

  @Test
  void bringsNoCommandLineBenchmarkProgressBarOrLabStore() throws Exception {
    assertThat(dependencies())
        .isNotEmpty()
        .noneMatch(d -> d.startsWith("info.picocli:"))
        .noneMatch(d -> d.startsWith("org.openjdk.jmh:"))
        .noneMatch(d -> d.startsWith("me.tongfei:progressbar:"))
        .noneMatch(d -> d.startsWith("org.jline:"))
        .noneMatch(d -> d.startsWith("io.seedsim:seedsim-kvstore:"))
        .noneMatch(d -> d.startsWith("io.seedsim:seedsim-scenarios:"));
  }
}
