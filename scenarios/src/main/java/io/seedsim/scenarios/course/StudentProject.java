package io.seedsim.scenarios.course;

import io.seedsim.kvstore.ClerkSetup;
import io.seedsim.kvstore.KvClerk;
import io.seedsim.kvstore.KvImplementation;
import io.seedsim.kvstore.ServerSetup;
import io.seedsim.sim.Node;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A student's starter project on disk, as a grader sees it: compiled with Maven, then its
 * {@code kvlab.KVServer} and {@code kvlab.Clerk} loaded from target/classes. The student's own
 * test sources play no part, so editing them changes no grade.
 */
public final class StudentProject {

  public static final String PACKAGE = "kvlab";

  private final Path dir;

  public StudentProject(Path dir) {
    this.dir = dir;
  }

  public Path dir() {
    return dir;
  }

  public Path classes() {
    return dir.resolve("target").resolve("classes");
  }

  /** Where failing seeds' pages go: the same place as in the student's own Maven run. */
  public Path pages() {
    return dir.resolve(LabKit.PAGES);
  }

  /** The project is compilable at all: a directory with a pom.xml. */
  public boolean looksLikeAProject() {
    return Files.isRegularFile(dir.resolve("pom.xml"));
  }

  /**
   * Compiles the main sources offline ({@code mvn -B -q -o compile}); returns null on success,
   * else Maven's output.
   */
  public String compile() throws IOException, InterruptedException {
    Path log = Files.createTempFile("seedsim-lab-compile", ".log");
    try {
      Process mvn = new ProcessBuilder(List.of(maven(), "-B", "-q", "-o", "compile"))
          .directory(dir.toFile())
          .redirectErrorStream(true)
          .redirectOutput(log.toFile())
          .start();
      if (!mvn.waitFor(10, TimeUnit.MINUTES)) {
        mvn.destroyForcibly();
        return "mvn compile took more than 10 minutes";
      }
      return mvn.exitValue() == 0 ? null : Files.readString(log, StandardCharsets.UTF_8);
    } finally {
      Files.deleteIfExists(log);
    }
  }

  /** The student's implementation: {@code new KVServer(ServerSetup)} and {@code new Clerk(ClerkSetup)}. */
  public KvImplementation load() throws IOException {
    @SuppressWarnings("resource") // lives as long as the run that uses the student's classes
    URLClassLoader loader = new URLClassLoader(new URL[] {classes().toUri().toURL()}, StudentProject.class.getClassLoader());
    Constructor<? extends Node> server = constructor(loader, "KVServer", Node.class, ServerSetup.class);
    Constructor<? extends KvClerk> clerk = constructor(loader, "Clerk", KvClerk.class, ClerkSetup.class);
    return KvImplementation.of(setup -> create(server, setup), setup -> create(clerk, setup));
  }

  private static <T> Constructor<? extends T> constructor(URLClassLoader loader, String simpleName, Class<T> type, Class<?> setup)
      throws IOException {
    String name = PACKAGE + "." + simpleName;
    String wanted = "src/main/java/" + PACKAGE + "/" + simpleName + ".java must declare public class " + simpleName
        + " implements " + type.getSimpleName() + " with a public constructor " + simpleName + "(" + setup.getSimpleName() + ")";
    try {
      Class<?> c = Class.forName(name, false, loader);
      if (!type.isAssignableFrom(c)) {
        throw new IOException(wanted + "; it does not implement " + type.getName());
      }
      return c.asSubclass(type).getConstructor(setup);
    } catch (ClassNotFoundException e) {
      throw new IOException(wanted + "; there is no class " + name);
    } catch (NoSuchMethodException e) {
      throw new IOException(wanted + "; the constructor is missing or not public");
    }
  }

  private static <T> T create(Constructor<? extends T> constructor, Object setup) {
    try {
      return constructor.newInstance(setup);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      } else if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot create " + constructor.getDeclaringClass().getSimpleName() + ": " + e, e);
    }
  }

  private static String maven() {
    return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("win") ? "mvn.cmd" : "mvn";
  }
}
