package io.seedsim.testkit.client;

import java.util.List;
import java.util.function.Function;

/**
 * Generators and ways to combine them. Every choice comes from the client's stream, so a seed
 * fixes the workload; the first alternative of a {@link #mix} is what a draw of 0 picks, so list
 * the simplest operation (a read) first.
 */
public final class Generators {
  private Generators() {}

  /** One alternative of a {@link #mix}, chosen with probability weight / total. */
  public record Weighted(int weight, Generator generator) {
    public Weighted {
      if (weight < 1) {
        throw new IllegalArgumentException("a weight is at least 1, not " + weight);
      }
    }
  }

  public static Weighted weight(int weight, Generator generator) {
    return new Weighted(weight, generator);
  }

  /** Each operation from one of the alternatives, drawn by weight (one draw per operation). */
  public static Generator mix(Weighted... alternatives) {
    List<Weighted> all = List.of(alternatives);
    int total = all.stream().mapToInt(Weighted::weight).sum();
    return draw -> {
      int dice = draw.random().nextInt(total);
      for (Weighted w : all) {
        if (dice < w.weight()) {
          return w.generator().next(draw);
        }
        dice -= w.weight();
      }
      throw new AssertionError("unreachable");
    };
  }

  /** A key drawn from {@code keys} (one draw), then the operation {@code onKey} makes for it. */
  public static Generator onRandomKey(List<String> keys, Function<String, Generator> onKey) {
    List<String> copy = List.copyOf(keys);
    return draw -> onKey.apply(draw.random().pick(copy)).next(draw);
  }

  /**
   * {@code first} once, then {@code then}'s operations. Like every generated operation it comes
   * after a {@code proceed()}, so a shrunk case may drop it; an operation that must always run
   * goes to {@link ClientLoop#first} (or {@link ClientDriver.Builder#first}) instead.
   */
  public static Generator startWith(ClientOp first, Generator then) {
    boolean[] done = {false};
    return draw -> {
      if (!done[0]) {
        done[0] = true;
        return first;
      }
      return then.next(draw);
    };
  }

  /** At most {@code operations} operations, then done. */
  public static Generator limit(long operations, Generator generator) {
    return draw -> draw.index() < operations ? generator.next(draw) : null;
  }

  /** The same operation every time. */
  public static Generator always(ClientOp op) {
    return draw -> op;
  }

  // --- single register (models "register" and "cas-register") --------------------------------

  /** A read of the one register. */
  public static Generator read() {
    return always(ClientOp.of("read", null, null));
  }

  /** A write of a value no other write has. */
  public static Generator write() {
    return draw -> ClientOp.of("write", null, draw.uniqueNumber());
  }

  /** Half reads, half writes of unique values: Jepsen's register workload. */
  public static Generator register() {
    return mix(weight(1, read()), weight(1, write()));
  }

  /**
   * Jepsen's cas-register workload for model "cas-register": a third each of reads, writes of a
   * value in [0, values) and cas [from, to] with both in [0, values). Values repeat, so that a
   * cas's comparison sometimes holds; a cas's output is true (it applied) or false (it failed).
   */
  public static Generator casRegister(int values) {
    if (values < 1) {
      throw new IllegalArgumentException("at least one value, not " + values);
    }
    return mix(
        weight(1, read()),
        weight(1, draw -> ClientOp.of("write", null, (long) draw.random().nextInt(values))),
        weight(1, draw -> ClientOp.of("cas", null,
            List.of((long) draw.random().nextInt(values), (long) draw.random().nextInt(values)))));
  }

  // --- kv (model "kv") -------------------------------------------------------------------------

  /**
   * On a key drawn from {@code keys}: 40% get, 30% put of a unique value ("p" + client.index), 30%
   * append of a unique element ("a" + client.index + ";").
   */
  public static Generator kv(List<String> keys) {
    return onRandomKey(keys, key -> mix(
        weight(4, draw -> ClientOp.of("get", key, null)),
        weight(3, draw -> ClientOp.of("put", key, draw.uniqueValue("p", ""))),
        weight(3, draw -> ClientOp.of("append", key, draw.uniqueValue("a", ";")))));
  }
}
