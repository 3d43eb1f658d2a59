package io.seedsim.scenarios.sweep;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * An identity of the running build: SHA-256 over the contents of the jars and class directories
 * that hold seedsim's modules (for bin/seedsim, the one shaded jar), file by file in name order,
 * so the same build gives the same id on any machine and at any time, and a rebuilt jar with
 * other code gives another. Reports carry it, since a trace hash is only comparable within a build.
 * Computed once per process, when first asked for.
 */
public final class BuildIdentity {
  /** One class of each module whose code decides a run's outcome and trace. */
  private static final List<String> MODULE_CLASSES =
      List.of(
          "io.seedsim.sim.SimRandom",
          "io.seedsim.kvstore.KvCluster",
          "io.seedsim.checker.Linearizability",
          "io.seedsim.testkit.Scenario",
          "io.seedsim.scenarios.sweep.Sweep");

  private static volatile String current;

  private BuildIdentity() {}

  /** 16 hex digits, for example {@code 3f2a9c01d4e5b6a7}. */
  public static String current() {
    String id = current;
    if (id == null) {
      id = compute();
      current = id;
    }
    return id;
  }

  static String compute() {
    MessageDigest digest = sha256();
    for (Path location : locations()) {
      digest.update(location.getFileName().toString().getBytes(StandardCharsets.UTF_8));
      try {
        if (Files.isDirectory(location)) {
          hashDirectory(location, digest);
        } else {
          hashJar(location, digest);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + location + " to identify the build", e);
      }
    }
    return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
  }

  private static Set<Path> locations() {
    Set<Path> locations = new LinkedHashSet<>();
    for (String name : MODULE_CLASSES) {
      try {
        CodeSource source = Class.forName(name).getProtectionDomain().getCodeSource();
        if (source != null && source.getLocation() != null) {
          locations.add(Path.of(source.getLocation().toURI()));
        }
      } catch (ClassNotFoundException | URISyntaxException e) {
        // A module this process does not have: nothing of it to identify.
      }
    }
    return locations;
  }

  private static void hashJar(Path jar, MessageDigest digest) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      List<JarEntry> entries =
          Collections.list(file.entries()).stream()
              .filter(e -> !e.isDirectory())
              .sorted((a, b) -> a.getName().compareTo(b.getName()))
              .toList();
      for (JarEntry entry : entries) {
        digest.update(entry.getName().getBytes(StandardCharsets.UTF_8));
        try (InputStream in = file.getInputStream(entry)) {
          update(digest, in);
        }
      }
    }
  }

  private static void hashDirectory(Path root, MessageDigest digest) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : files) {
      digest.update(root.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
      try (InputStream in = Files.newInputStream(file)) {
        update(digest, in);
      }
    }
  }

  private static void update(MessageDigest digest, InputStream in) throws IOException {
    byte[] buffer = new byte[8192];
    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
      digest.update(buffer, 0, n);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }
}
