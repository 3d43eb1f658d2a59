package io.seedsim.scenarios.course;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.SourceCodeLocation;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.seedsim.testkit.DeterminismRules;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * seedsim's determinism rules ({@link DeterminismRules}) applied to a student's classes, with each
 * finding said the way a student can act on it: the class, the call, what to use instead, and
 * where, e.g. {@code KVServer calls java.util.Random: use ctx.random() (KVServer.java:23)}.
 */
public final class DeterminismGuard {

  private static final Map<ArchRule, String> ADVICE = Map.of(
      DeterminismRules.NO_WALL_CLOCK, "use ctx.nowMicros(), the simulation's virtual time",
      DeterminismRules.NO_OWN_RANDOMNESS, "use ctx.random()",
      DeterminismRules.NO_THREADS,
          "a node runs on the simulation's one thread: use ctx.setTimer, ctx.sleep or the Promise of ctx.call",
      DeterminismRules.NO_IDENTITY_HASH, "give the object an id of its own",
      DeterminismRules.NO_HASH_ORDER, "iterate a TreeMap or LinkedHashMap instead, or sort first");

  private DeterminismGuard() {}

  /** The classes of {@code packages} (and their subpackages) on the class path, tests included. */
  public static JavaClasses importPackages(String... packages) {
    return new ClassFileImporter().importPackages(packages);
  }

  /** Every class under a directory of compiled classes, e.g. a Maven project's target/classes. */
  public static JavaClasses importDirectory(Path classes) {
    return new ClassFileImporter().importPath(classes);
  }

  /** One line per (class, forbidden thing), sorted; empty if the classes follow every rule. */
  public static List<String> findings(JavaClasses classes) {
    Map<String, String> lines = new TreeMap<>(); // key: class and target class
    for (ArchRule rule : DeterminismRules.RULES) {
      EvaluationResult result = rule.evaluate(classes);
      if (!result.hasViolation()) {
        continue;
      }
      String advice = ADVICE.getOrDefault(rule, "seedsim's rule: " + rule.getDescription());
      int before = lines.size();
      result.handleViolations((Collection<Dependency> dependencies, String message) -> {
        for (Dependency d : dependencies) {
          String verb = d.getDescription().contains(" calls ") ? "calls" : "uses";
          add(lines, d.getOriginClass(), d.getTargetClass().getName(), verb + " " + d.getTargetClass().getName(), advice,
              d.getSourceCodeLocation());
        }
      });
      result.handleViolations((Collection<JavaCall<?>> calls, String message) -> {
        for (JavaCall<?> call : calls) {
          String target = call.getTargetOwner().getName() + "." + call.getName() + "()";
          add(lines, call.getOriginOwner(), call.getTargetOwner().getName(), "calls " + target, advice,
              call.getSourceCodeLocation());
        }
      });
      if (lines.size() == before) { // a kind of violation this class does not know how to say
        for (String detail : result.getFailureReport().getDetails()) {
          lines.putIfAbsent(detail, detail + ": " + advice);
        }
      }
    }
    return new ArrayList<>(lines.values());
  }

  /** Says each (class, target class) once: the first way it was found, at the first place. */
  private static void add(
      Map<String, String> lines, JavaClass origin, String targetClass, String what, String advice, SourceCodeLocation at) {
    String owner = topLevel(origin);
    lines.putIfAbsent(owner + " " + targetClass, owner + " " + what + ": " + advice + " (" + at.getSourceFileName() + ":"
        + at.getLineNumber() + ")");
  }

  /** KVServer for KVServer, KVServer$1 and KVServer$Entry: the file the student edits. */
  private static String topLevel(JavaClass c) {
    String name = c.getName();
    int dollar = name.indexOf('$');
    String outer = dollar < 0 ? name : name.substring(0, dollar);
    return outer.substring(outer.lastIndexOf('.') + 1);
  }
}
