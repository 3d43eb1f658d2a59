package io.seedsim.scenarios.cli;

import io.seedsim.kvstore.KvImplementation;
import io.seedsim.scenarios.course.DeterminismGuard;
import io.seedsim.scenarios.course.StudentProject;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A student's project, compiled and loaded for {@code lab test} and {@code lab run}, with what the
 * determinism guard found in its classes. A project that does not compile or lacks the lab's
 * classes is the student's failure (exit 1), said in a few lines; a missing directory is a usage
 * error.
 */
record CompiledStudent(StudentProject project, KvImplementation implementation, List<String> findings) {

  /** Compiles and loads {@code dir}; null (having said why on {@code out}) if the student's code is at fault. */
  static CompiledStudent of(Path dir, boolean compile, PrintWriter out) {
    StudentProject project = new StudentProject(dir);
    if (!project.looksLikeAProject()) {
      throw new UsageError(dir + ": not a project directory (no pom.xml); seedsim lab init DIR writes one");
    }
    String compileErrors = null;
    try {
      if (compile) {
        compileErrors = project.compile();
      }
    } catch (IOException e) {
      throw new UsageError("cannot run Maven (mvn) in " + dir + ": " + FileErrors.describe(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UsageError("interrupted while compiling " + dir);
    }
    if (compileErrors != null) {
      out.println("FAIL the project does not compile (mvn -B -q -o compile in " + dir + "):");
      out.println(compileErrors.strip());
      return null;
    }
    if (!Files.isDirectory(project.classes())) {
      throw new UsageError(project.classes() + " does not exist: compile the project first, or leave out --no-compile");
    }
    try {
      KvImplementation implementation = project.load();
      return new CompiledStudent(project, implementation,
          DeterminismGuard.findings(DeterminismGuard.importDirectory(project.classes())));
    } catch (IOException e) {
      out.println("FAIL " + e.getMessage());
      return null;
    }
  }
}
