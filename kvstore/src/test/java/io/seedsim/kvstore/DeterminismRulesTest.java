package io.seedsim.kvstore;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The kvstore's main code may not read the wall clock, draw its own randomness, or start threads. */
class DeterminismRulesTest {

  private static final JavaClasses KVSTORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.seedsim.kvstore");

  @Test
  void noWallClock() {
    noClasses().should().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethod(System.class, "nanoTime")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.Clock")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.Instant")
        .check(KVSTORE);
  }

  @Test
  void noRandomnessButTheSimulations() {
    noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ThreadLocalRandom")
        .orShould().callMethod(Math.class, "random")
        .orShould().callMethod(System.class, "identityHashCode", Object.class)
        .check(KVSTORE);
  }

  @Test
  void noThreads() {
    noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.lang.Thread")
        .orShould().dependOnClassesThat().resideInAPackage("java.util.concurrent..")
        .check(KVSTORE);
  }

  @Test
  void noHashOrderedCollections() {
    noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.util.HashMap")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.HashSet")
        .check(KVSTORE);
  }

  @Test
  void onlyTheNodeApiOfTheKernelExceptTheClusterBuilder() {
    noClasses().that().doNotHaveSimpleName("KvCluster")
        .should().dependOnClassesThat().resideInAPackage("io.seedsim.sim.run..")
        .check(KVSTORE);
  }
}
