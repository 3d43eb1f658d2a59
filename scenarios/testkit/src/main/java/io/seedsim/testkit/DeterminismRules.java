package io.seedsim.testkit;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
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
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;

/**
 * seedsim's determinism rules, as ArchUnit rules: code that runs inside a simulation takes time and
 * randomness only from it, starts no threads, and never lets hash order drive behaviour. seedsim
 * holds its own kernel and lab store to them; a user holds their own code to them in one line:
 *
 * <pre>{@code
 * @Test
 * void myNodesAreDeterministic() {
 *   DeterminismRules.check("com.example.mystore");
 * }
 * }</pre>
 */
public final class DeterminismRules {

  private DeterminismRules() {}

  public static final ArchRule NO_WALL_CLOCK = noClasses()
      .should().callMethod(System.class, "currentTimeMillis")
      .orShould().callMethod(System.class, "nanoTime")
      .orShould().callMethodWhere(target(nameMatching("now")).and(target(owner(assignableTo(Instant.class)
          .or(assignableTo(LocalDateTime.class)).or(assignableTo(LocalDate.class)).or(assignableTo(LocalTime.class))
          .or(assignableTo(ZonedDateTime.class)).or(assignableTo(OffsetDateTime.class))))))
      .orShould().dependOnClassesThat().areAssignableTo(Clock.class)
      .as("no wall clock (System.currentTimeMillis/nanoTime, java.time now(), Clock)");

  public static final ArchRule NO_OWN_RANDOMNESS = noClasses()
      .should().dependOnClassesThat().areAssignableTo(Random.class)
      .orShould().dependOnClassesThat().areAssignableTo(ThreadLocalRandom.class)
      .orShould().dependOnClassesThat().areAssignableTo(SecureRandom.class)
      .orShould().callMethod(Math.class, "random")
      .orShould().callMethod(StrictMath.class, "random")
      .as("no randomness but the run's seed (java.util.Random, ThreadLocalRandom, SecureRandom, Math.random)");

  public static final ArchRule NO_THREADS = noClasses()
      .should().dependOnClassesThat().areAssignableTo(Thread.class)
      .orShould().dependOnClassesThat().areAssignableTo(Executor.class)
      .orShould().dependOnClassesThat().areAssignableTo(Executors.class)
      .orShould().dependOnClassesThat().areAssignableTo(ForkJoinPool.class)
      .orShould().dependOnClassesThat().areAssignableTo(CompletableFuture.class)
      .orShould().dependOnClassesThat().areAssignableTo(Timer.class)
      .as("no threads, executors or timers of the JVM");

  public static final ArchRule NO_IDENTITY_HASH = noClasses()
      .should().callMethod(System.class, "identityHashCode", Object.class)
      .as("no identityHashCode");

  public static final ArchRule NO_HASH_ORDER = noClasses()
      .should().callMethodWhere(target(nameMatching("keySet|values|entrySet|forEach|iterator|spliterator|stream"))
          .and(target(owner(assignableTo(HashMap.class).or(assignableTo(HashSet.class))))))
      .as("no iteration over a HashMap or HashSet (use TreeMap, LinkedHashMap or sort)");

  /** Every rule, in the order they are checked. */
  public static final List<ArchRule> RULES = List.of(NO_WALL_CLOCK, NO_OWN_RANDOMNESS, NO_THREADS, NO_IDENTITY_HASH, NO_HASH_ORDER);

  /**
   * Checks the main (non-test) classes of {@code packages} against every rule; throws an
   * AssertionError that names each offending class and call, for example {@code Method
   * <com.example.Clocky.now()> calls method <java.lang.System.currentTimeMillis()> in
   * (Clocky.java:5)}.
   */
  public static void check(String... packages) {
    check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(packages));
  }

  /** Checks {@code classes} against every rule. */
  public static void check(JavaClasses classes) {
    if (classes.isEmpty()) {
      throw new IllegalArgumentException("no classes to check: is the package name right, and compiled? (check(String...)"
          + " reads main classes only: test classes are left out)");
    }
    // All rules at once, so one failure lists every offending class and call.
    CompositeArchRule.of(RULES).check(classes);
  }
}
