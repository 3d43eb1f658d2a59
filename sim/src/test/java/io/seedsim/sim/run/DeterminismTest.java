package io.seedsim.sim.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import io.seedsim.sim.ChoiceCapture;
import io.seedsim.sim.Choices;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same seed, same trace: in one JVM, in another JVM process, from another directory, on JDK 25. */
class DeterminismTest {

  static String hashOf(long seed) {
    Simulation sim = Toy.busyRun(seed, Trace.Mode.HASH_ONLY);
    RunStatus status = sim.run(10_000_000, 1_000_000);
    assertThat(status).isEqualTo(RunStatus.QUIESCENT);
    return sim.trace().hash();
  }

  /** The hash of a run with disk, clock, pause, typed-rule and buggify faults. */
  static String machineHashOf(long seed) {
    Simulation sim = Toy.machineRun(seed, Trace.Mode.HASH_ONLY);
    sim.run(10_000_000, 1_000_000);
    return sim.trace().hash();
  }

  @Test
  void machineFaultsSameHashInOneJvmAndInFullMode() {
    assertThat(machineHashOf(7)).isEqualTo(machineHashOf(7));
    List<String> lines = new java.util.ArrayList<>();
    for (long seed = 7; seed < 10; seed++) {
      Simulation full = Toy.machineRun(seed, Trace.Mode.FULL);
      full.run(10_000_000, 1_000_000);
      assertThat(full.trace().hash()).isEqualTo(machineHashOf(seed));
      lines.addAll(full.trace().lines());
    }
    for (String kind : List.of("disk-write", "disk-fsync", "disk-read", "disk-crash", "pause", "resume", "buggify",
        "clock-jump")) {
      assertThat(lines).as(kind).anyMatch(l -> l.contains("\"kind\":\"" + kind + "\""));
    }
  }

  @Test
  void sameSeedSameHashInOneJvm() {
    assertThat(hashOf(7)).isEqualTo(hashOf(7));
  }

  @Test
  void replayingARunsRecordedChoicesGivesTheSameTraceAndZerosGiveAQuieterOne() {
    var recorded = ChoiceCapture.record(7, () -> hashOf(7));
    assertThat(recorded.result()).isEqualTo(hashOf(7));
    assertThat(recorded.choices().streams()).contains("network", "node:client-0");
    var replayed = ChoiceCapture.replay(7, recorded.choices(), () -> hashOf(7));
    assertThat(replayed.result()).isEqualTo(recorded.result());
    assertThat(replayed.choices()).isEqualTo(recorded.choices());
    assertThat(ChoiceCapture.replay(7, Choices.of(Map.of()), () -> hashOf(7)).result()).isNotEqualTo(hashOf(7));
  }

  @Test
  void differentSeedsDifferentHashes() {
    Set<String> hashes = new HashSet<>();
    for (long seed = 0; seed < 50; seed++) {
      hashes.add(hashOf(seed));
    }
    assertThat(hashes).hasSize(50);
  }

  @Test
  void fullTraceHasSameHashAsHashOnlyAndSameBytesTwice() {
    Simulation a = Toy.busyRun(11, Trace.Mode.FULL);
    a.run(10_000_000, 1_000_000);
    Simulation b = Toy.busyRun(11, Trace.Mode.FULL);
    b.run(10_000_000, 1_000_000);
    assertThat(a.trace().hash()).isEqualTo(hashOf(11));
    assertThat(a.trace().lines()).isEqualTo(b.trace().lines());
    List<String> lines = a.trace().lines();
    assertThat(lines.get(0)).startsWith("{\"kind\":\"header\",\"scenario\":\"toy\",\"seed\":11");
    assertThat(lines).anyMatch(l -> l.contains("\"kind\":\"drop\""));
    assertThat(lines).anyMatch(l -> l.contains("\"kind\":\"duplicate\""));
    assertThat(lines).anyMatch(l -> l.contains("\"kind\":\"crash\""));
    assertThat(lines).anyMatch(l -> l.contains("\"kind\":\"restart\""));
    assertThat(lines).anyMatch(l -> l.contains("\"kind\":\"partition\""));
    assertThat(lines).anyMatch(l -> l.contains("\"kind\":\"rpc-timeout\""));
  }

  @Test
  void sameHashInAnotherJvmFromAnotherDirectory(@TempDir Path dir) throws Exception {
    String expected = hashOf(7) + " " + hashOf(8) + " " + machineHashOf(7) + " " + machineHashOf(8);
    assertThat(otherJvm(javaOf(System.getProperty("java.home")), dir)).isEqualTo(expected);
  }

  @Test
  void sameHashOnJdk25(@TempDir Path dir) throws Exception {
    String home = System.getenv("SEEDSIM_JDK25");
    if (home == null && Files.isExecutable(Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java"))) {
      home = "/usr/lib/jvm/temurin-25-jdk-amd64";
    }
    assumeTrue(home != null, "no JDK 25 installed (set SEEDSIM_JDK25)");
    String expected = hashOf(7) + " " + hashOf(8) + " " + machineHashOf(7) + " " + machineHashOf(8);
    assertThat(otherJvm(javaOf(home), dir)).isEqualTo(expected);
  }

  private static Path javaOf(String home) {
    return Path.of(home, "bin", "java");
  }

  private static String otherJvm(Path java, Path dir) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
            HashProbe.class.getName(), "7", "8")
        .directory(dir.toFile())
        .redirectErrorStream(true)
        .start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertThat(p.exitValue()).as(out).isZero();
    return out;
  }

  /** Entry point for the other JVM: prints the hashes of the seeds given, busy runs then machine runs. */
  public static final class HashProbe {
    public static void main(String[] args) {
      StringBuilder sb = new StringBuilder();
      for (String s : args) {
        sb.append(sb.length() == 0 ? "" : " ").append(hashOf(Long.parseLong(s)));
      }
      for (String s : args) {
        sb.append(" ").append(machineHashOf(Long.parseLong(s)));
      }
      System.out.println(sb);
    }
  }
}
