package io.seedsim.sim.run;

import io.seedsim.sim.Address;
import java.util.ArrayList;
import java.util.List;

/**
 * The faults of one run, composed by a scenario: link faults chosen by the first matching rule
 * (links no rule matches are reliable), network partitions that start and heal, and node crashes,
 * restarts and shutdowns at virtual times. A seed then picks the concrete drops and delays.
 *
 * <p>From {@code calmFromMicros} on, the faults heal for good, as in VOPR's liveness phase: any
 * partition heals, and no link drops, duplicates or reorders any more (delays stay), so a test
 * can require that every pending operation then completes.
 */
public record FaultPlan(
    List<LinkRule> linkRules,
    List<PartitionPeriod> partitions,
    List<CrashPeriod> crashes,
    List<Shutdown> shutdowns,
    long calmFromMicros) {

  /** Faults {@code faults} on every link {@code selector} matches. */
  public record LinkRule(String name, LinkSelector selector, LinkFaults faults) {}

  /**
   * From {@code startMicros} until {@code healMicros} no message crosses between groups. A node in
   * no group is in a group of its own.
   */
  public record PartitionPeriod(long startMicros, long healMicros, List<List<Address>> groups) {
    public PartitionPeriod {
      Checks.nonNegative("partition startMicros", startMicros);
      if (healMicros <= startMicros) {
        throw new IllegalArgumentException(
            "partition healMicros " + healMicros + " must be after startMicros " + startMicros);
      }
      groups = groups.stream().map(List::copyOf).toList();
    }
  }

  /** The node crashes at {@code atMicros} and restarts at {@code restartMicros} (never if < 0). */
  public record CrashPeriod(Address node, long atMicros, long restartMicros) {
    public CrashPeriod {
      Checks.nonNegative("crash atMicros", atMicros);
      if (restartMicros >= 0 && restartMicros <= atMicros) {
        throw new IllegalArgumentException(
            "crash of " + node + ": restartMicros " + restartMicros + " must be after atMicros " + atMicros);
      }
    }
  }

  /** The node stops for good at {@code atMicros}. */
  public record Shutdown(Address node, long atMicros) {
    public Shutdown {
      Checks.nonNegative("shutdown atMicros", atMicros);
    }
  }

  public FaultPlan {
    linkRules = List.copyOf(linkRules);
    partitions = List.copyOf(partitions);
    crashes = List.copyOf(crashes);
    shutdowns = List.copyOf(shutdowns);
    Checks.nonNegative("calmFromMicros", calmFromMicros);
  }

  /** True when faults have healed for good at virtual time {@code nowMicros}. */
  public boolean calmAt(long nowMicros) {
    return nowMicros >= calmFromMicros;
  }

  /** Every link reliable, nothing crashes. */
  public static final FaultPlan NONE = builder().build();

  public static Builder builder() {
    return new Builder();
  }

  /** The faults of the first rule matching the link, or {@link LinkFaults#RELIABLE}. */
  public LinkFaults faultsFor(Address from, Address to) {
    for (LinkRule rule : linkRules) {
      if (rule.selector().matches(from, to)) {
        return rule.faults();
      }
    }
    return LinkFaults.RELIABLE;
  }

  public static final class Builder {
    private final List<LinkRule> linkRules = new ArrayList<>();
    private final List<PartitionPeriod> partitions = new ArrayList<>();
    private final List<CrashPeriod> crashes = new ArrayList<>();
    private final List<Shutdown> shutdowns = new ArrayList<>();
    private long calmFromMicros = Long.MAX_VALUE;

    private Builder() {}

    /** From {@code micros} on, every link is loss-free and every partition healed. */
    public Builder calmFrom(long micros) {
      calmFromMicros = micros;
      return this;
    }

    /** Adds a rule; earlier rules win. */
    public Builder links(String name, LinkSelector selector, LinkFaults faults) {
      linkRules.add(new LinkRule(name, selector, faults));
      return this;
    }

    public Builder allLinks(LinkFaults faults) {
      return links("all", LinkSelector.any(), faults);
    }

    public Builder partition(long startMicros, long healMicros, List<List<Address>> groups) {
      partitions.add(new PartitionPeriod(startMicros, healMicros, groups));
      return this;
    }

    public Builder crash(Address node, long atMicros, long restartMicros) {
      crashes.add(new CrashPeriod(node, atMicros, restartMicros));
      return this;
    }

    public Builder shutdown(Address node, long atMicros) {
      shutdowns.add(new Shutdown(node, atMicros));
      return this;
    }

    public FaultPlan build() {
      return new FaultPlan(linkRules, partitions, crashes, shutdowns, calmFromMicros);
    }
  }
}
