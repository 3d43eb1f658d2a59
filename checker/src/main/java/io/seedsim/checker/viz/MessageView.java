package io.seedsim.checker.viz;

import java.util.Objects;

/**
 * One message of a trace: an arrow from {@code from} at {@code sendTime} to {@code to} at {@code
 * endTime}, or a line ending in a cross when it was dropped.
 *
 * @param id the trace's message id (a duplicate has its own id, the {@code copy} field)
 * @param from sending node
 * @param to destination node
 * @param description the one-line {@code msg} text; replies start with {@code reply:}
 * @param call the RPC call id when the message belongs to an RPC, else null
 * @param sendTime when it left {@code from} (for a duplicate: when the network copied it)
 * @param endTime when it was delivered or dropped; null while still in flight at the trace's end
 * @param fate delivered, dropped or still in flight
 * @param dropReason the trace's drop reason ({@code request-drop}, {@code partition}, ...) or null
 * @param duplicateOf for a copy made by the network, the id of the message it copies; else null
 */
public record MessageView(
    String id,
    String from,
    String to,
    String description,
    String call,
    long sendTime,
    Long endTime,
    MessageFate fate,
    String dropReason,
    String duplicateOf) {

  public MessageView {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(fate, "fate");
  }
}
