package io.seedsim.scenarios;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.seedsim.scenarios.archfixture.Misbehaving;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Random;
import java.util.Timer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ThreadLocalRandom;
import io.seedsim.testkit.DeterminismRules;
import org.junit.jupiter.api.Test;

/**
 * Determinism, enforced: the kernel ({@code sim}) and the system under test ({@code kvstore}) take
 * time and randomness only from the simulation, start no threads, and never let hash order drive
 * behaviour. Each rule is also shown failing on a class that breaks it, so it cannot pass vacuously.
 */
class DeterminismRulesTest {

  @Test
  void simAndKvstoreMainCodeAreDeterministic() {
    JavaClasses main = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.seedsim.sim", "io.seedsim.kvstore");
    assertThat(main.stream().map(c -> c.getPackageName()).distinct().toList())
        .as("both modules were imported")
        .anyMatch(p -> p.startsWith("io.seedsim.sim"))
        .anyMatch(p -> p.startsWith("io.seedsim.kvstore"));
    DeterminismRules.check(main);
  }

  @Test
  void everyRuleCatchesAClassThatBreaksIt() {
    JavaClasses bad = new ClassFileImporter().importClasses(Misbehaving.class);
    for (ArchRule rule : DeterminismRules.RULES) {
      assertThatThrownBy(() -> rule.check(bad)).as(rule.getDescription()).isInstanceOf(AssertionError.class);
    }
  }
}
