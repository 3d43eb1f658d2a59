package io.seedsim.scenarios.lab;

import java.util.ArrayList;
import java.util.List;

/**
 * The lab's checks on appended elements "x CLIENT N y": each of a client's appends must appear
 * exactly once in the final value, in the order the client made them. Extra content is allowed.
 */
final class AppendChecks {

  private AppendChecks() {}

  static String element(int client, int n) {
    return "x " + client + " " + n + " y";
  }

  /**
   * Null if {@code value} holds client {@code client}'s elements 0..count-1 once each, in order.
   * One pass over the value's elements rather than a search per element: values grow to thousands
   * of elements and this runs after every iteration.
   */
  static String clientAppends(int client, String value, int count) {
    int[] seen = new int[count];
    int expected = 0;
    String order = null;
    for (Element e : elements(value)) {
      if (e.client() != client || e.n() < 0 || e.n() >= count) {
        continue;
      }
      seen[e.n()]++;
      if (e.n() != expected && order == null) {
        order = "element \"" + element(client, e.n()) + "\" is out of order";
      }
      expected = e.n() + 1;
    }
    for (int n = 0; n < count; n++) {
      if (seen[n] == 0) {
        return "element \"" + element(client, n) + "\" missing (client made " + count + " appends)";
      }
      if (seen[n] > 1) {
        return "element \"" + element(client, n) + "\" appears " + seen[n] + " times";
      }
    }
    return order;
  }

  private record Element(int client, int n) {}

  /** The "x C N y" elements of {@code value}, in order; anything else is skipped. */
  private static List<Element> elements(String value) {
    List<Element> found = new ArrayList<>();
    int p = 0;
    int len = value.length();
    while (p < len) {
      int q = value.indexOf("x ", p);
      if (q < 0) {
        break;
      }
      int a = q + 2;
      int aEnd = digitsEnd(value, a);
      int b = aEnd + 1;
      int bEnd = aEnd > a && aEnd < len && value.charAt(aEnd) == ' ' ? digitsEnd(value, b) : -1;
      if (bEnd > b && value.startsWith(" y", bEnd)) {
        found.add(new Element(Integer.parseInt(value, a, aEnd, 10), Integer.parseInt(value, b, bEnd, 10)));
        p = bEnd + 2;
      } else {
        p = q + 1;
      }
    }
    return found;
  }

  private static int digitsEnd(String s, int from) {
    int i = from;
    while (i < s.length() && i - from < 9 && Character.isDigit(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** A value for a message: its length and both ends if it is long. */
  static String shorten(String value) {
    if (value == null) {
      return "null";
    }
    if (value.length() <= 48) {
      return "\"" + value + "\"";
    }
    return "\"" + value.substring(0, 20) + "..." + value.substring(value.length() - 20) + "\" (" + value.length() + " chars)";
  }
}
