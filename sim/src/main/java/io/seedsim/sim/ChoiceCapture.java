package io.seedsim.sim;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Runs code with every {@link SimRandom} it creates on this thread recording its choices, either
 * drawing them from the seed as usual ({@link #record}) or taking them from a script ({@link
 * #replay}). Streams are named by their fork path ("network", "workload/client-3"), so a script
 * is keyed the same way whatever order the streams are made in, and deleting one stream's
 * choices shifts no other. A root stream made from the run's seed has the path ""; one made from
 * another seed is named after it.
 *
 * <p>The capture is held per thread, not shared: a simulation runs on one thread, and parallel
 * sweeps capture nothing.
 */
public final class ChoiceCapture {

  private static final ThreadLocal<ChoiceCapture> CURRENT = new ThreadLocal<>();

  private final long runSeed;
  private final Choices script;
  private final Map<String, ChoiceTape> tapes = new TreeMap<>();

  private ChoiceCapture(long runSeed, Choices script) {
    this.runSeed = runSeed;
    this.script = script;
  }

  /** What a captured run returned and the choices it made. */
  public record Captured<T>(T result, Choices choices) {}

  /** Runs {@code body}; its streams draw from their seeds and record every outcome. */
  public static <T> Captured<T> record(long runSeed, Supplier<T> body) {
    return new ChoiceCapture(runSeed, null).run(body);
  }

  /**
   * Runs {@code body} with its streams taking their outcomes from {@code script} instead of their
   * seeds, each clamped into its draw's range; past a stream's list every outcome is 0. The
   * returned choices are the outcomes actually taken.
   */
  public static <T> Captured<T> replay(long runSeed, Choices script, Supplier<T> body) {
    return new ChoiceCapture(runSeed, script).run(body);
  }

  private <T> Captured<T> run(Supplier<T> body) {
    ChoiceCapture outer = CURRENT.get();
    CURRENT.set(this);
    try {
      T result = body.get();
      return new Captured<>(result, taken());
    } finally {
      if (outer == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(outer);
      }
    }
  }

  static ChoiceCapture current() {
    return CURRENT.get();
  }

  String rootPath(long seed) {
    return seed == runSeed ? "" : "seed " + seed;
  }

  static String childPath(String parent, String name) {
    return parent.isEmpty() ? name : parent + "/" + name;
  }

  ChoiceTape tape(String path) {
    return tapes.computeIfAbsent(path, p -> new ChoiceTape(this, script == null ? null : script.outcomes(p)));
  }

  private Choices taken() {
    Map<String, long[]> streams = new TreeMap<>();
    tapes.forEach((path, tape) -> {
      long[] taken = tape.taken();
      if (taken.length > 0) {
        streams.put(path, taken);
      }
    });
    return Choices.of(streams);
  }
}
