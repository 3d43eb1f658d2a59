package io.seedsim.kvstore;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The kvstore's own stricter boundaries. The determinism rules shared with the kernel (no wall
 * clock, no own randomness, no threads) are in the scenarios module's DeterminismRulesTest.
 */
class KvstoreBoundariesTest {

  private static final JavaClasses KVSTORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.seedsim.kvstore");

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
