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
import org.junit.jupiter.api.Test;

/**
 * Determinism, enforced: the kernel ({@code sim}) and the system under test ({@code kvstore}) take
 * time and randomness only from the simulation, start no threads, and never let hash order drive
 * behaviour. Each rule is also shown failing on a class that breaks it, so it cannot pass vacuously.
 */
class DeterminismRulesTest {

  static final ArchRule NO_WALL_CLOCK = noClasses()
      .should().callMethod(System.class, "currentTimeMillis")
      .orShould().callMethod(System.class, "nanoTime")
      .orShould().callMethodWhere(target(nameMatching("now")).and(target(owner(assignableTo(Instant.class)
          .or(assignableTo(LocalDateTime.class)).or(assignableTo(LocalDate.class)).or(assignableTo(LocalTime.class))
          .or(assignableTo(ZonedDateTime.class)).or(assignableTo(OffsetDateTime.class))))))
      .orShould().dependOnClassesThat().areAssignableTo(Clock.class)
      .as("no wall clock (System.currentTimeMillis/nanoTime, java.time now(), Clock)");

  static final ArchRule NO_OWN_RANDOMNESS = noClasses()
      .should().dependOnClassesThat().areAssignableTo(Random.class)
      .orShould().dependOnClassesThat().areAssignableTo(ThreadLocalRandom.class)
      .orShould().dependOnClassesThat().areAssignableTo(SecureRandom.class)
      .orShould().callMethod(Math.class, "random")
      .orShould().callMethod(StrictMath.class, "random")
      .as("no randomness but the run's seed (java.util.Random, ThreadLocalRandom, SecureRandom, Math.random)");

  static final ArchRule NO_THREADS = noClasses()
      .should().dependOnClassesThat().areAssignableTo(Thread.class)
      .orShould().dependOnClassesThat().areAssignableTo(Executor.class)
      .orShould().dependOnClassesThat().areAssignableTo(Executors.class)
      .orShould().dependOnClassesThat().areAssignableTo(ForkJoinPool.class)
      .orShould().dependOnClassesThat().areAssignableTo(CompletableFuture.class)
      .orShould().dependOnClassesThat().areAssignableTo(Timer.class)
      .as("no threads, executors or timers of the JVM");

  static final ArchRule NO_IDENTITY_HASH = noClasses()
      .should().callMethod(System.class, "identityHashCode", Object.class)
      .as("no identityHashCode");

  static final ArchRule NO_HASH_ORDER = noClasses()
      .should().callMethodWhere(target(nameMatching("keySet|values|entrySet|forEach|iterator|spliterator|stream"))
          .and(target(owner(assignableTo(HashMap.class).or(assignableTo(HashSet.class))))))
      .as("no iteration over a HashMap or HashSet (use TreeMap, LinkedHashMap or sort)");

  static final ArchRule[] RULES = {NO_WALL_CLOCK, NO_OWN_RANDOMNESS, NO_THREADS, NO_IDENTITY_HASH, NO_HASH_ORDER};

  @Test
  void simAndKvstoreMainCodeAreDeterministic() {
    JavaClasses main = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.seedsim.sim", "io.seedsim.kvstore");
    assertThat(main.stream().map(c -> c.getPackageName()).distinct().toList())
        .as("both modules were imported")
        .anyMatch(p -> p.startsWith("io.seedsim.sim"))
        .anyMatch(p -> p.startsWith("io.seedsim.kvstore"));
    for (ArchRule rule : RULES) {
      rule.check(main);
    }
  }

  @Test
  void everyRuleCatchesAClassThatBreaksIt() {
    JavaClasses bad = new ClassFileImporter().importClasses(Misbehaving.class);
    for (ArchRule rule : RULES) {
      assertThatThrownBy(() -> rule.check(bad)).as(rule.getDescription()).isInstanceOf(AssertionError.class);
    }
  }
}
