package io.seedsim.sim.run;

/**
 * What the network does to messages on a link. Requests (and one-way messages) and replies are
 * dropped independently. A reordered message gets an extra delay uniform in [0, reorderMaxMicros]
 * on top of its normal delay, so it may overtake or be overtaken.
 */
public record LinkFaults(
    double requestDropProbability,
    double replyDropProbability,
    DelayModel delay,
    double duplicateProbability,
    double reorderProbability,
    long reorderMaxMicros) {

  /** No loss, no delay, no duplicates. */
  public static final LinkFaults RELIABLE = new LinkFaults(0, 0, DelayModel.NONE, 0, 0, 0);

  public LinkFaults {
    Checks.probability("requestDropProbability", requestDropProbability);
    Checks.probability("replyDropProbability", replyDropProbability);
    Checks.probability("duplicateProbability", duplicateProbability);
    Checks.probability("reorderProbability", reorderProbability);
    Checks.nonNegative("reorderMaxMicros", reorderMaxMicros);
    if (delay == null) {
      throw new IllegalArgumentException("delay must not be null (use DelayModel.NONE)");
    }
  }

  public static LinkFaults lossy(double requestDropProbability, double replyDropProbability, DelayModel delay) {
    return new LinkFaults(requestDropProbability, replyDropProbability, delay, 0, 0, 0);
  }

  public LinkFaults withDuplicates(double probability) {
    return new LinkFaults(requestDropProbability, replyDropProbability, delay, probability, reorderProbability, reorderMaxMicros);
  }

  public LinkFaults withReordering(double probability, long maxExtraMicros) {
    return new LinkFaults(requestDropProbability, replyDropProbability, delay, duplicateProbability, probability, maxExtraMicros);
  }
}
