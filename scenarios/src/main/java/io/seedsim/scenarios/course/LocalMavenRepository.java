package io.seedsim.scenarios.course;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts seedsim's poms and jars into a local Maven repository, in its layout, so that a project
 * elsewhere depends on seedsim like on any library. A plain copy needs no Maven plugin and no
 * network: after README's two commands everything else the starter needs is in the repository.
 */
public record LocalMavenRepository(Path root) {

  private static final String GROUP_PATH = "io/seedsim";

  /**
   * The repository Maven uses: -Dmaven.repo.local, else localRepository of ~/.m2/settings.xml,
   * else ~/.m2/repository.
   */
  public static LocalMavenRepository ofUser() throws IOException {
    String property = System.getProperty("maven.repo.local");
    if (property != null && !property.isBlank()) {
      return new LocalMavenRepository(Path.of(property));
    }
    Path m2 = Path.of(System.getProperty("user.home"), ".m2");
    Path settings = m2.resolve("settings.xml");
    if (Files.isRegularFile(settings)) {
      Matcher m = Pattern.compile("<localRepository>\\s*([^<]+?)\\s*</localRepository>").matcher(Files.readString(settings));
      if (m.find()) {
        return new LocalMavenRepository(Path.of(m.group(1).replace("${user.home}", System.getProperty("user.home"))));
      }
    }
    return new LocalMavenRepository(m2.resolve("repository"));
  }

  /** Copies every module of {@code checkout}; returns their artifact ids. */
  public List<String> install(SeedsimCheckout checkout) throws IOException {
    return install(checkout.version(), checkout.modules());
  }

  /** Copies {@code modules} (all of version {@code version}); returns their artifact ids. */
  public List<String> install(String version, List<SeedsimCheckout.Module> modules) throws IOException {
    for (SeedsimCheckout.Module module : modules) {
      if (module.jar() != null && !Files.isRegularFile(module.jar())) {
        throw new IOException(module.jar() + " is missing: build seedsim first (bin/seedsim --help does, or mvn -B package)");
      }
    }
    List<String> installed = new ArrayList<>();
    for (SeedsimCheckout.Module module : modules) {
      Path dir = root.resolve(GROUP_PATH).resolve(module.artifactId()).resolve(version);
      Files.createDirectories(dir);
      String base = module.artifactId() + "-" + version;
      Files.copy(module.pom(), dir.resolve(base + ".pom"), StandardCopyOption.REPLACE_EXISTING);
      if (module.jar() != null) {
        Files.copy(module.jar(), dir.resolve(base + ".jar"), StandardCopyOption.REPLACE_EXISTING);
      }
      installed.add(module.artifactId());
    }
    return installed;
  }
}
