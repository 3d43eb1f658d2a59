package io.seedsim.scenarios.cli;

import io.seedsim.scenarios.course.LocalMavenRepository;
import io.seedsim.scenarios.course.SeedsimCheckout;
import io.seedsim.scenarios.course.StarterProject;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = {
      "Write a starter project for the lab into DIR: skeleton Clerk, KVServer and messages with TODOs,",
      "the seven lab tests (LabTest), and HANDOUT.md. Then put this seedsim build into the local Maven",
      "repository, so that `cd DIR && mvn -B test` works with no other step (and offline)."
    })
public final class LabInitCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "The new project's directory (must not exist, or be empty).")
  Path dir;

  @Option(
      names = "--maven-repo",
      paramLabel = "R",
      description = "The local Maven repository to install into (default: Maven's, usually ~/.m2/repository).")
  Path mavenRepo;

  @Option(names = "--no-install", description = "Write the project only; do not install seedsim into the Maven repository.")
  boolean noInstall;

  @Override
  public Integer call() throws IOException {
    SeedsimCheckout checkout;
    Map<String, String> versions;
    try {
      StarterProject.refuseToOverwrite(dir);
      checkout = SeedsimCheckout.ofRunningBuild();
      versions = StarterProject.versionsOf(checkout);
    } catch (IOException e) {
      throw new UsageError(e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    if (!noInstall) {
      LocalMavenRepository repo;
      List<String> installed;
      try {
        repo = mavenRepo != null ? new LocalMavenRepository(mavenRepo) : LocalMavenRepository.ofUser();
        installed = repo.install(checkout);
      } catch (IOException e) {
        throw new UsageError("cannot install seedsim into the Maven repository: " + FileErrors.describe(e));
      }
      out.println("installed seedsim " + checkout.version() + " (" + String.join(", ", installed) + ") into " + repo.root());
    }
    List<String> written;
    try {
      written = StarterProject.write(dir, versions);
    } catch (IOException e) {
      throw new UsageError(dir + ": cannot write the project: " + FileErrors.describe(e));
    }
    out.println("wrote " + dir + ": " + String.join(", ", written));
    out.println("next: cd " + dir + " && mvn -B test    (HANDOUT.md says what to write)");
    out.flush();
    return ExitCodes.OK;
  }
}
