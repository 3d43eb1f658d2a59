package io.seedsim.checker.viz;

import java.util.Objects;

/**
 * What a node wrote into the trace with {@code NodeContext.annotate}, e.g. where a server applied
 * an operation.
 *
 * @param time when
 * @param node where
 * @param label a short word, e.g. "applied"
 * @param text what happened
 * @param handling the id of the message whose handler wrote it, or null when none did; an
 *     operation's focus shows the annotations of the messages it caused
 */
public record AnnotationView(long time, String node, String label, String text, String handling) {
  public AnnotationView {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(text, "text");
  }
}
