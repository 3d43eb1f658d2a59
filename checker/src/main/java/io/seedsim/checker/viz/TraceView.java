package io.seedsim.checker.viz;

import java.util.List;
import java.util.Objects;

/**
 * Everything the trace page draws: a space-time diagram of one simulation run. {@link
 * TraceFile#read} builds one from a trace file; tests may build one by hand.
 *
 * @param title a heading, e.g. "scenario unreliable, seed 7, variant none"
 * @param nodes one vertical line per name, left to right in this order (servers and clerks)
 * @param endTime the last time in the trace; open periods are drawn up to it
 * @param messages every message and every network-made copy
 * @param timers every timer that was set
 * @param nodeEvents crashes, restarts, shutdowns, RPC timeouts and notes
 * @param partitions network partitions, as shaded periods
 * @param linkDowns disabled directed links
 * @param clientOps client operations from call to return
 * @param annotations what nodes marked in the trace ({@code NodeContext.annotate})
 * @param traceHash the hash of the simulation this trace came from, or null when unknown (a trace
 *     file read from disk); a page compares it with its run's hash
 */
public record TraceView(
    String title,
    List<String> nodes,
    long endTime,
    List<MessageView> messages,
    List<TimerView> timers,
    List<NodeEventView> nodeEvents,
    List<NetworkPartitionView> partitions,
    List<LinkDownView> linkDowns,
    List<ClientOpView> clientOps,
    List<AnnotationView> annotations,
    String traceHash) {

  public TraceView {
    Objects.requireNonNull(title, "title");
    nodes = List.copyOf(nodes);
    messages = List.copyOf(messages);
    timers = List.copyOf(timers);
    nodeEvents = List.copyOf(nodeEvents);
    partitions = List.copyOf(partitions);
    linkDowns = List.copyOf(linkDowns);
    clientOps = List.copyOf(clientOps);
    annotations = List.copyOf(annotations);
  }

  /** The same trace, known to come from the simulation whose trace hash is {@code hash}. */
  public TraceView withTraceHash(String hash) {
    return new TraceView(title, nodes, endTime, messages, timers, nodeEvents, partitions, linkDowns, clientOps, annotations, hash);
  }

  /** How many trace lines this view stands for, roughly: used for figures, not for drawing. */
  public int eventCount() {
    return 2 * messages.size() + 2 * timers.size() + nodeEvents.size() + 2 * partitions.size()
        + 2 * linkDowns.size() + 2 * clientOps.size() + annotations.size();
  }
}
