package io.seedsim.scenarios.course;

import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.scenarios.lab.LabScenarios;
import io.seedsim.scenarios.testing.CommandRun;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated project's own Maven build, as a student runs it: `mvn -B test` with seedsim
 * installed the way `lab init` installs it. Hermetic: a fresh local repository, and every remote
 * repository mirrored to the user's local one (read-only, no network), so this machine's ~/.m2 is
 * left as it was. Then `lab test` and `lab run` on the project it compiled.
 */
class GeneratedProjectMavenTest {

  @Test
  void mvnTestInTheGeneratedProjectPrintsTheScoreboardOfSevenTodos(@TempDir Path tmp) throws Exception {
    Assumptions.assumeTrue(mavenOnPath(), "mvn is not on the PATH");
    SeedsimCheckout checkout = StarterProjectTest.checkout();
    Path repo = tmp.resolve("repo");
    new LocalMavenRepository(repo).install(checkout.version(), withJars(checkout.modules(), tmp));
    Path settings = tmp.resolve("settings.xml");
    Files.writeString(settings, "<settings><localRepository>" + repo + "</localRepository><mirrors><mirror><id>local</id>"
        + "<mirrorOf>*</mirrorOf><url>" + LocalMavenRepository.ofUser().root().toUri() + "</url></mirror></mirrors></settings>");
    Path project = tmp.resolve("my-lab");
    StarterProject.write(project, StarterProject.versionsOf(checkout));

    Path log = tmp.resolve("mvn.log");
    Process mvn = new ProcessBuilder("mvn", "-B", "-s", settings.toString(), "test")
        .directory(project.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertThat(mvn.waitFor(5, TimeUnit.MINUTES)).as("mvn test finished").isTrue();
    List<String> output = Files.readAllLines(log, StandardCharsets.UTF_8);
    assertThat(mvn.exitValue()).as(String.join("\n", output)).isEqualTo(1);
    assertThat(output).contains("seedsim lab scoreboard (your implementation, seeds 0..99):");
    assertThat(output.stream().filter(l -> l.matches("FAIL Test\\w+ +seed 0  replay: mvn test -Dtest=LabTest#Test\\w+ "
        + "-Dseedsim.seed=0  page: target/seedsim/Test\\w+-seed-0.html  reason: .*TODO \\(HANDOUT.md, task 1\\).*")))
        .hasSize(7);
    assertThat(output).anyMatch(l -> l.contains("Tests run: 7, Failures: 7")).noneMatch(l -> l.contains("SLF4J"));
    assertThat(project.resolve("target/seedsim/TestUnreliable-seed-0.html")).isNotEmptyFile();
    // The page tells the student the command that replays their code, not bin/seedsim run's form.
    assertThat(Files.readString(project.resolve("target/seedsim/TestUnreliable-seed-0.html")))
        .contains("mvn test -Dtest=LabTest#TestUnreliable -Dseedsim.seed=0")
        .doesNotContain("--variant your implementation");

    // A grader's run on what Maven compiled, on seeds of their choosing.
    Path junit = tmp.resolve("grades.xml");
    CommandRun graded = CommandRun.execute(LabScenarios.registry(),
        "lab", "test", project.toString(), "--no-compile", "--seeds", "5..6", "--junit", junit.toString());
    assertThat(graded.exitCode()).isEqualTo(1);
    assertThat(graded.outLines()).first().isEqualTo("seedsim lab scoreboard (your implementation, seeds 5..6):");
    assertThat(graded.outLines()).filteredOn(l -> l.startsWith("FAIL ")).hasSize(7)
        .allMatch(l -> l.contains("seed 5  replay: bin/seedsim lab run " + project + " --test Test"));
    assertThat(Files.readString(junit)).contains("tests=\"7\" failures=\"7\"").contains("name=\"TestRejection\"");

    Path page = tmp.resolve("page.html");
    CommandRun replay = CommandRun.execute(LabScenarios.registry(), "lab", "run", project.toString(), "--no-compile",
        "--test", "TestUnreliable", "--seed", "5", "--html", page.toString());
    assertThat(replay.exitCode()).isEqualTo(1);
    assertThat(replay.outLines()).first().asString().startsWith("FAIL TestUnreliable seed 5 (your implementation) trace ");
    assertThat(replay.outLines().get(1)).contains("TODO (HANDOUT.md, task 1)");
    assertThat(page).isNotEmptyFile();
  }

  /** The modules, each with a jar: a module not packaged yet (this module, in its own test phase) is jarred from its classes. */
  private static List<SeedsimCheckout.Module> withJars(List<SeedsimCheckout.Module> modules, Path tmp) throws IOException {
    List<SeedsimCheckout.Module> out = new ArrayList<>();
    for (SeedsimCheckout.Module m : modules) {
      if (m.jar() == null || upToDate(m.jar(), m.pom().resolveSibling("target").resolve("classes"))) {
        out.add(m);
        continue;
      }
      Path jar = tmp.resolve(m.artifactId() + ".jar");
      jarUp(m.pom().resolveSibling("target").resolve("classes"), jar);
      out.add(new SeedsimCheckout.Module(m.artifactId(), m.pom(), jar));
    }
    return out;
  }

  /** A jar left by an earlier build is used only when no class was compiled after it. */
  private static boolean upToDate(Path jar, Path classes) throws IOException {
    if (!Files.isRegularFile(jar)) {
      return false;
    }
    if (!Files.isDirectory(classes)) {
      return true;
    }
    long jarTime = Files.getLastModifiedTime(jar).toMillis();
    try (Stream<Path> files = Files.walk(classes)) {
      return files.filter(Files::isRegularFile).allMatch(f -> f.toFile().lastModified() <= jarTime);
    }
  }

  private static void jarUp(Path classes, Path jar) throws IOException {
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
        Stream<Path> files = Files.walk(classes)) {
      for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
        out.putNextEntry(new ZipEntry(classes.relativize(f).toString().replace('\\', '/')));
        Files.copy(f, out);
        out.closeEntry();
      }
    }
  }

  private static boolean mavenOnPath() {
    String path = System.getenv("PATH");
    return path != null && Stream.of(path.split(java.io.File.pathSeparator)).anyMatch(d -> Files.isExecutable(Path.of(d, "mvn")));
  }
}
