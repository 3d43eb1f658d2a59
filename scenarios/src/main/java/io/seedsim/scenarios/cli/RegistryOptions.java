package io.seedsim.scenarios.cli;

import io.seedsim.testkit.Replay;
import io.seedsim.testkit.ScenarioRegistry;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/**
 * {@code --classpath CP --registry CLASS}: run a user's own scenarios instead of the built-in ones.
 * Shared by {@code run}, {@code sweep} and {@code scenarios}; every replay command printed for
 * such scenarios carries both options, so it works when pasted.
 */
final class RegistryOptions {

  @Option(
      names = "--classpath",
      paramLabel = "CP",
      description = "Where --registry's classes are: directories and jars, separated by the path separator"
          + " (':' on Linux and macOS), e.g. target/test-classes:target/classes of a Maven project.")
  String classpath;

  @Option(
      names = "--registry",
      paramLabel = "CLASS",
      description = "A class that implements Supplier<ScenarioRegistry> with a public no-argument constructor:"
          + " its scenarios and variants replace the built-in ones.")
  String registryClass;

  /** The registry to use: the user's when --registry is given, else {@code builtIn}. */
  ScenarioRegistry choose(ScenarioRegistry builtIn) {
    if (registryClass == null) {
      if (classpath != null) {
        throw new UsageError("--classpath " + classpath + ": give --registry CLASS too (the class that lists the scenarios)");
      }
      return builtIn;
    }
    ClassLoader loader = classpath == null ? RegistryOptions.class.getClassLoader()
        : new URLClassLoader(urls(classpath), RegistryOptions.class.getClassLoader());
    Class<?> type;
    try {
      type = Class.forName(registryClass, true, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new UsageError("--registry " + registryClass + ": no such class" + where() + " (" + e + ")");
    }
    if (!Supplier.class.isAssignableFrom(type)) {
      throw new UsageError("--registry " + registryClass + ": is not a Supplier<ScenarioRegistry>");
    }
    Object registry;
    try {
      registry = ((Supplier<?>) type.getDeclaredConstructor().newInstance()).get();
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw new UsageError("--registry " + registryClass + ": needs a public no-argument constructor");
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new UsageError("--registry " + registryClass + ": making the registry threw " + cause);
    }
    if (!(registry instanceof ScenarioRegistry scenarios)) {
      throw new UsageError("--registry " + registryClass + ": get() returned "
          + (registry == null ? "null" : "a " + registry.getClass().getName()) + ", not a ScenarioRegistry");
    }
    return scenarios;
  }

  /** What a replay command needs besides scenario, seed and variant: "" for the built-in scenarios. */
  String replayOptions() {
    if (registryClass == null) {
      return "";
    }
    return (classpath == null ? "" : " --classpath " + Replay.shellWord(classpath))
        + " --registry " + Replay.shellWord(registryClass);
  }

  private String where() {
    return classpath == null ? " on seedsim's own classpath (give --classpath)" : " on --classpath " + classpath;
  }

  private static URL[] urls(String classpath) {
    List<URL> urls = new ArrayList<>();
    for (String entry : classpath.split(File.pathSeparator)) {
      if (entry.isBlank()) {
        continue;
      }
      Path path = Path.of(entry);
      if (!Files.exists(path)) {
        throw new UsageError("--classpath: " + entry + " does not exist");
      }
      try {
        urls.add(path.toUri().toURL());
      } catch (MalformedURLException e) {
        throw new UsageError("--classpath: " + entry + " is not a path: " + e.getMessage());
      }
    }
    return urls.toArray(URL[]::new);
  }
}
