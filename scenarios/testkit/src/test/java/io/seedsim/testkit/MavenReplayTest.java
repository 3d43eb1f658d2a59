package io.seedsim.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MavenReplayTest {
  @TempDir Path dir;

  @Test
  void inAMultiModuleBuildTheCommandNamesTheModuleAndLetsTheOthersMatchNoTest() throws Exception {
    Path module = Files.createDirectories(dir.resolve("store/replication"));
    Files.writeString(dir.resolve("pom.xml"), "<project/>");
    Files.writeString(dir.resolve("store/pom.xml"), "<project/>");
    Files.writeString(module.resolve("pom.xml"), "<project/>");

    assertThat(MavenReplay.command(module, "LeaderTest#elects", 4))
        .isEqualTo(
            "mvn test -pl store/replication -am -Dsurefire.failIfNoSpecifiedTests=false"
                + " -Dtest=LeaderTest#elects -Dseedsim.seed=4");
  }

  @Test
  void aDotMvnDirectoryMarksTheRootAsMavenFindsIt() throws Exception {
    Path project = Files.createDirectories(dir.resolve("project"));
    Files.createDirectories(project.resolve(".mvn"));
    Files.writeString(dir.resolve("pom.xml"), "<project/>"); // an unrelated pom above the root
    Files.writeString(project.resolve("pom.xml"), "<project/>");
    Path module = Files.createDirectories(project.resolve("core"));
    Files.writeString(module.resolve("pom.xml"), "<project/>");

    assertThat(MavenReplay.command(module, "T#m", 1)).startsWith("mvn test -pl core -am ");
  }

  @Test
  void aNestedTestClassIsQuotedSoTheShellKeepsItsDollar() throws Exception {
    Files.writeString(dir.resolve("pom.xml"), "<project/>");

    assertThat(MavenReplay.command(dir, "Outer$Inner#m", 2))
        .isEqualTo("mvn test '-Dtest=Outer$Inner#m' -Dseedsim.seed=2");
  }

  @Test
  void aSingleModuleProjectNeedsNoModule() throws Exception {
    Files.writeString(dir.resolve("pom.xml"), "<project/>");

    assertThat(MavenReplay.command(dir, "T#m", 9)).isEqualTo("mvn test -Dtest=T#m -Dseedsim.seed=9");
  }
}
