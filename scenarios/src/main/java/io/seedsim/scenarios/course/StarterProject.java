package io.seedsim.scenarios.course;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the starter project: a standalone Maven project with the skeleton Clerk, KVServer and
 * messages (TODOs, no solution), the seven lab tests, and HANDOUT.md. The templates are resources
 * beside this class, listed in starter/files.txt.
 */
public final class StarterProject {

  private static final String TEMPLATES = "starter/";

  private StarterProject() {}

  /** The values the pom template needs, from the checkout whose build the project will use. */
  public static Map<String, String> versionsOf(SeedsimCheckout checkout) throws IOException {
    return Map.of(
        "@SEEDSIM_VERSION@", checkout.version(),
        "@JUNIT_VERSION@", checkout.property("junit.version"),
        "@COMPILER_PLUGIN_VERSION@", checkout.pluginVersion("maven-compiler-plugin"),
        "@SUREFIRE_PLUGIN_VERSION@", checkout.pluginVersion("maven-surefire-plugin"));
  }

  /**
   * Writes the project into {@code dir}, which must not exist or be empty; returns the paths
   * written, relative to it.
   */
  public static List<String> write(Path dir, Map<String, String> versions) throws IOException {
    refuseToOverwrite(dir);
    List<String> written = new ArrayList<>();
    for (String line : resource("files.txt").split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.strip().split("\\s+");
      String text = resource(parts[0]);
      for (Map.Entry<String, String> v : versions.entrySet()) {
        text = text.replace(v.getKey(), v.getValue());
      }
      Path target = dir.resolve(parts[1]);
      Files.createDirectories(target.getParent());
      Files.writeString(target, text, StandardCharsets.UTF_8);
      written.add(parts[1]);
    }
    return written;
  }

  /** Throws unless {@code dir} is missing or an empty directory: a project is never written over files. */
  public static void refuseToOverwrite(Path dir) throws IOException {
    if (Files.exists(dir) && !(Files.isDirectory(dir) && isEmpty(dir))) {
      throw new IOException(dir + " already exists and is not an empty directory");
    }
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (var entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = StarterProject.class.getResourceAsStream(TEMPLATES + name)) {
      if (in == null) {
        throw new IOException("the starter template " + name + " is missing from this build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
