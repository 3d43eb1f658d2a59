package io.seedsim.testkit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a run failed, reduced to what a smaller run must share with it to count as "the same
 * failure": the kind, and the failing key (not linearizable), the broken check (a client's check,
 * with its values left out), the way it stopped progressing, or the exception's type. Derived from
 * the one-line failure, so it works for any scenario's wording; a line of no known kind is a check.
 *
 * @param detail for {@link Kind#NOT_LINEARIZABLE} the key ("" if the line names none); otherwise
 *     the line's shape: quoted text, numbers and bracketed notes replaced or dropped
 */
public record FailureSignature(Kind kind, String detail) {

  /** The kinds of failure a shrunk case must keep. */
  public enum Kind {
    NOT_LINEARIZABLE("not linearizable"),
    CLIENT_CHECK("client check"),
    NO_PROGRESS("no progress"),
    EXCEPTION("exception");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }

    public static Kind ofLabel(String label) {
      for (Kind k : values()) {
        if (k.label.equals(label)) {
          return k;
        }
      }
      throw new IllegalArgumentException("unknown failure kind '" + label + "'");
    }
  }

  private static final Pattern LINEARIZABILITY = Pattern.compile("^history not linearizable: (?:key (\\S+?):)?");
  private static final Pattern NO_PROGRESS = Pattern.compile("^(livelock or no progress|livelock|no progress|liveness):");
  /** The kernel's "at T us on NODE: Type: message" and GuardedRun's "threw Type: message". */
  private static final Pattern EXCEPTION = Pattern.compile("^(?:at \\d+ us on \\S+: |threw )(\\w+)(?=: |$)");

  /** The signature of a failure line; {@code failure} must not be null. */
  public static FailureSignature of(String failure) {
    Matcher lin = LINEARIZABILITY.matcher(failure);
    if (lin.find()) {
      return new FailureSignature(Kind.NOT_LINEARIZABLE, lin.group(1) == null ? "" : lin.group(1));
    }
    Matcher stuck = NO_PROGRESS.matcher(failure);
    if (stuck.find()) {
      return new FailureSignature(Kind.NO_PROGRESS, stuck.group(1));
    }
    Matcher thrown = EXCEPTION.matcher(failure);
    if (thrown.find()) {
      return new FailureSignature(Kind.EXCEPTION, thrown.group(1));
    }
    return new FailureSignature(Kind.CLIENT_CHECK, shape(failure));
  }

  /** The line without its values: what stays the same when the same check breaks on other data. */
  static String shape(String failure) {
    return failure
        .replaceAll("\\s*\\[[^\\]]*\\]\\s*$", "") // a scenario's configuration note
        .replaceAll("\\(at \\d+ us\\)", "")
        .replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"…\"")
        .replaceAll("\\(\\d+ chars\\)", "")
        .replaceAll("\\d+", "N")
        .replaceAll("\\s+", " ")
        .strip();
  }

  /** For messages: "not linearizable (key 3)", "client check (...)". */
  public String describe() {
    return detail.isEmpty() ? kind.label : kind.label + " (" + (kind == Kind.NOT_LINEARIZABLE ? "key " : "") + detail + ")";
  }
}
