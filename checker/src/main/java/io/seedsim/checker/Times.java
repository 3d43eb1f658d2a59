package io.seedsim.checker;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The call and return times of one JSON lines file as operations hold them. Only their order
 * matters to the checker, so times that do not fit below {@link Operation#UNKNOWN} (which marks
 * an unknown outcome) are not refused: the file's times are then replaced by their ranks, which
 * keeps every order and every tie.
 */
final class Times {
  private final Map<BigInteger, Long> ranks;

  private Times(Map<BigInteger, Long> ranks) {
    this.ranks = ranks;
  }

  /** The times of these call and return times (a return is null for an unknown outcome). */
  static Times of(List<Number> all) {
    boolean fit = all.stream().allMatch(t -> t == null || t instanceof Long l && l < Operation.UNKNOWN);
    if (fit) return new Times((Map<BigInteger, Long>) null);
    TreeSet<BigInteger> sorted = new TreeSet<>();
    for (Number t : all) if (t != null) sorted.add(big(t));
    Map<BigInteger, Long> ranks = new HashMap<>();
    for (BigInteger t : sorted) ranks.put(t, (long) ranks.size());
    return new Times(ranks);
  }

  long of(Number time) {
    return ranks == null ? time.longValue() : ranks.get(big(time));
  }

  static int compare(Number a, Number b) {
    if (a instanceof Long x && b instanceof Long y) return Long.compare(x, y);
    return big(a).compareTo(big(b));
  }

  private static BigInteger big(Number n) {
    return n instanceof BigInteger b ? b : BigInteger.valueOf(n.longValue());
  }
}
