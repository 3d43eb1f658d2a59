package io.seedsim.scenarios.testing;

import io.seedsim.testkit.RunArtifacts;
import io.seedsim.testkit.RunResult;
import io.seedsim.testkit.Scenario;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SplittableRandom;

/**
 * A deterministic stand-in for a real scenario: its trace is a pure function of (name, seed,
 * variant), its hash is SHA-256 over the trace bytes, and {@link Verdict} decides pass or fail.
 */
public final class FakeScenario implements Scenario {

  /** Decides a run: a failure reason, or null to pass. May throw, loop or block. */
  @FunctionalInterface
  public interface Verdict {
    String judge(long seed, String variant);
  }

  private final String name;
  private final Verdict verdict;

  public FakeScenario(String name, Verdict verdict) {
    this.name = name;
    this.verdict = verdict;
  }

  /** Fails the seeds divisible by 7 (and, under variant "buggy", also those divisible by 3). */
  public static FakeScenario failsOnSevens(String name) {
    return new FakeScenario(
        name,
        (seed, variant) -> {
          if (seed % 7 == 0) {
            return "seed " + seed + " is divisible by 7";
          }
          if (variant.equals("buggy") && seed % 3 == 0) {
            return "the buggy variant lost an append";
          }
          return null;
        });
  }

  public static FakeScenario passing(String name) {
    return new FakeScenario(name, (seed, variant) -> null);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String description() {
    return "a fake scenario for tests";
  }

  @Override
  public RunResult run(long seed, String variant) {
    String failure = verdict.judge(seed, variant);
    String trace = trace(seed, variant);
    long events = trace.lines().count() - 1;
    return new RunResult(
        name,
        seed,
        variant,
        failure,
        sha256(trace),
        1000 * (seed % 50 + 1),
        events,
        new TextArtifacts(trace));
  }

  private String trace(long seed, String variant) {
    StringBuilder trace = new StringBuilder();
    trace.append(
        String.format(
            "{\"kind\":\"header\",\"scenario\":\"%s\",\"seed\":%d,\"variant\":\"%s\"}%n",
            name, seed, variant));
    SplittableRandom random = new SplittableRandom(seed);
    int events = 3 + random.nextInt(10);
    for (int i = 0; i < events; i++) {
      trace.append(
          String.format(
              "{\"t\":%d,\"kind\":\"note\",\"text\":\"%d\"}%n", i * 10, random.nextInt()));
    }
    return trace.toString();
  }

  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes the trace, a one-line history and a tiny page. */
  private record TextArtifacts(String trace) implements RunArtifacts {
    @Override
    public void writeHistory(Path file) throws IOException {
      Files.writeString(file, "{\"client\":0,\"op\":\"get\",\"key\":\"1\",\"output\":\"\"}\n");
    }

    @Override
    public void writeTrace(Path file) throws IOException {
      Files.writeString(file, trace);
    }

    @Override
    public void writeHtml(Path file) throws IOException {
      Files.writeString(file, "<!doctype html><title>fake</title>\n");
    }
  }
}
