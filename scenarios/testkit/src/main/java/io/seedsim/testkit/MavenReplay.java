package io.seedsim.testkit;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Maven command that runs one seed of a {@code @SimulationTest} again, pasted in the project's
 * root. In a multi-module build it names the module ({@code -pl MODULE -am}) and lets the other
 * modules match no test ({@code -Dsurefire.failIfNoSpecifiedTests=false}); without them Maven
 * fails with "No tests matching pattern" in the first module built.
 */
public final class MavenReplay {
  private MavenReplay() {}

  /**
   * {@code mvn test [-pl MODULE -am -Dsurefire.failIfNoSpecifiedTests=false] -Dtest=ID
   * -Dseedsim.seed=N}, for a test of the module in {@code moduleDirectory}.
   */
  public static String command(Path moduleDirectory, String testId, long seed) {
    Path module = moduleDirectory.toAbsolutePath().normalize();
    Path root = reactorRoot(module);
    String path = root.relativize(module).toString().replace('\\', '/');
    String selection =
        path.isEmpty() ? "" : " -pl " + path + " -am -Dsurefire.failIfNoSpecifiedTests=false";
    return "mvn test" + selection + " " + shellWord("-Dtest=" + testId) + " -Dseedsim.seed=" + seed;
  }

  /** Quoted when a shell would change it: a nested class's {@code Outer$Inner} holds a '$'. */
  private static String shellWord(String word) {
    return word.matches("[A-Za-z0-9_.,#=/:+-]*") ? word : "'" + word.replace("'", "'\\''") + "'";
  }

  /** The module of the running test: surefire's {@code basedir}, else the working directory. */
  public static Path currentModule() {
    return Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
  }

  /**
   * Where Maven is run for the whole build: the nearest directory with {@code .mvn}, as Maven
   * itself looks, else the topmost of the directories with a pom.xml that contain the module.
   */
  static Path reactorRoot(Path module) {
    for (Path dir = module; dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve(".mvn"))) {
        return dir;
      }
    }
    Path root = module;
    for (Path dir = module.getParent();
        dir != null && Files.isRegularFile(dir.resolve("pom.xml"));
        dir = dir.getParent()) {
      root = dir;
    }
    return root;
  }
}
