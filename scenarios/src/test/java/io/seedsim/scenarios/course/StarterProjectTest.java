package io.seedsim.scenarios.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.seedsim.kvstore.KvImplementation;
import io.seedsim.scenarios.testing.CommandRun;
import io.seedsim.testkit.SeedRange;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The starter project `seedsim lab init` writes: it compiles, and each lab test fails with its TODO. */
class StarterProjectTest {

  static SeedsimCheckout checkout() {
    return new SeedsimCheckout(Path.of(System.getProperty("seedsim.root", "..")));
  }

  static Map<String, String> versions() throws IOException {
    return StarterProject.versionsOf(checkout());
  }

  @Test
  void theStarterCompilesAndEachLabTestFailsWithItsTodo(@TempDir Path dir) throws IOException {
    List<String> written = StarterProject.write(dir, versions());
    assertThat(written).contains("pom.xml", "HANDOUT.md", "src/main/java/kvlab/Clerk.java",
        "src/main/java/kvlab/KVServer.java", "src/test/java/labtest/LabTest.java");
    assertThat(Files.readString(dir.resolve("pom.xml"))).doesNotContain("@").contains("<seedsimVersion>" + checkout().version() + "</seedsimVersion>");

    compile(dir.resolve("target/classes"), javaFiles(dir.resolve("src/main/java")));
    compile(dir.resolve("target/test-classes"), javaFiles(dir.resolve("src/test/java")), dir.resolve("target/classes"));

    StudentProject project = new StudentProject(dir);
    KvImplementation starter = project.load();
    List<String> findings = DeterminismGuard.findings(DeterminismGuard.importDirectory(project.classes()));
    assertThat(findings).isEmpty();
    LabGrader grader = new LabGrader(starter, findings, null);
    for (LabTestCase test : LabTestCase.seven()) {
      LabTestOutcome outcome = grader.grade(test, new SeedRange(0, 0));
      assertThat(outcome).isInstanceOf(LabTestOutcome.Failed.class);
      assertThat(((LabTestOutcome.Failed) outcome).reason())
          .as(test.testName())
          .containsPattern("failed: TODO \\(HANDOUT.md, task 1\\): write Clerk\\.(put|get|append)");
    }
  }

  @Test
  void theSkeletonHoldsNoSolution(@TempDir Path dir) throws IOException {
    StarterProject.write(dir, versions());
    for (String file : List.of("Clerk.java", "KVServer.java")) {
      String source = Files.readString(dir.resolve("src/main/java/kvlab/" + file));
      assertThat(source).contains("TODO (task 1)").contains("throw new UnsupportedOperationException(\"TODO")
          .doesNotContain("ctx.call(").doesNotContain("Map<");
    }
    assertThat(Files.readString(dir.resolve("src/test/java/labtest/LabTest.java")))
        .contains("void TestBasic()", "void TestConcurrent()", "void TestUnreliable()", "void TestUnreliableOneKey()",
            "void TestStaticShards()", "void TestRejection()", "void TestUnreliableShards()");
  }

  @Test
  void aProjectIsNeverWrittenOverFiles(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "mine");
    assertThatThrownBy(() -> StarterProject.write(dir, versions())).hasMessageContaining("not an empty directory");
    CommandRun run = CommandRun.execute(io.seedsim.scenarios.lab.LabScenarios.registry(), "lab", "init", dir.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).singleElement().asString().contains("already exists and is not an empty directory");
    assertThat(Files.readString(dir.resolve("notes.txt"))).isEqualTo("mine");
  }

  static List<Path> javaFiles(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.toString().endsWith(".java")).toList();
    }
  }

  static void compile(Path out, List<Path> sources, Path... extraClassPath) throws IOException {
    Files.createDirectories(out);
    StringBuilder cp = new StringBuilder(System.getProperty("java.class.path"));
    for (Path p : extraClassPath) {
      cp.append(File.pathSeparator).append(p);
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Stream<String> args = Stream.concat(Stream.of("-d", out.toString(), "-cp", cp.toString(), "--release", "17"),
        sources.stream().map(Path::toString));
    assertThat(javac.run(null, null, null, args.toArray(String[]::new))).as("javac exit code").isZero();
  }

}
