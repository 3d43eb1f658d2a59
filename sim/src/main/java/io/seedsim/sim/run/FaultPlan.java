package io.seedsim.sim.run;

import io.seedsim.sim.Address;
import io.seedsim.sim.Message;
import java.util.ArrayList;
import java.util.List;

/**
 * The faults of one run, composed by a scenario: link faults chosen by the first matching rule
 * (links and message types no rule matches are reliable), network partitions that start and heal,
 * node crashes, restarts, shutdowns and pauses at virtual times, how disks and clocks misbehave,
 * and how often buggify fault points fire. A seed then picks the concrete drops, delays, disk
 * faults, clock draws and buggify firings.
 *
 * <p>From {@code calmFromMicros} on, the faults heal for good, as in VOPR's liveness phase: any
 * partition heals, no link drops, duplicates or reorders any more (delays stay), disks stop
 * failing and flipping bits, and buggify stops firing, so a test can require that every pending
 * operation then completes.
 */
public record FaultPlan(
    List<LinkRule> linkRules,
    List<PartitionPeriod> partitions,
    List<CrashPeriod> crashes,
    List<Shutdown> shutdowns,
    List<PausePeriod> pauses,
    DiskFaults disks,
    ClockFaults clocks,
    List<ClockSkew> clockSkews,
    List<ClockJump> clockJumps,
    BuggifyOdds buggify,
    long calmFromMicros) {

  /**
   * Faults {@code faults} on every message of {@code messageType} (a class or interface; {@code
   * Message.class} for all) on the links {@code selector} matches.
   */
  public record LinkRule(String name, LinkSelector selector, Class<? extends Message> messageType, LinkFaults faults) {
    public LinkRule(String name, LinkSelector selector, LinkFaults faults) {
      this(name, selector, Message.class, faults);
    }

    boolean typed() {
      return messageType != Message.class;
    }
  }

  /**
   * From {@code startMicros} until {@code healMicros} no message crosses between groups. The nodes
   * in no group form one more group together.
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

  /**
   * The node is paused from {@code atMicros} for {@code durationMicros}, like a GC stop or a
   * stalled VM: it handles nothing, its timers fire late and its messages wait.
   */
  public record PausePeriod(Address node, long atMicros, long durationMicros) {
    public PausePeriod {
      Checks.nonNegative("pause atMicros", atMicros);
      Checks.positive("pause durationMicros", durationMicros);
    }
  }

  /** The node's clock reads {@code offsetMicros} ahead at time 0 and drifts by {@code driftPpm}. */
  public record ClockSkew(Address node, long offsetMicros, double driftPpm) {
    public ClockSkew {
      ClockFaults.driftPpm("clock driftPpm of " + node, driftPpm);
    }
  }

  /** The node's clock steps by {@code byMicros} (backwards if negative) at {@code atMicros}. */
  public record ClockJump(Address node, long atMicros, long byMicros) {
    public ClockJump {
      Checks.nonNegative("clock jump atMicros", atMicros);
    }
  }

  public FaultPlan {
    linkRules = List.copyOf(linkRules);
    partitions = List.copyOf(partitions);
    crashes = List.copyOf(crashes);
    shutdowns = List.copyOf(shutdowns);
    pauses = List.copyOf(pauses);
    clockSkews = List.copyOf(clockSkews);
    clockJumps = List.copyOf(clockJumps);
    if (disks == null || clocks == null || buggify == null) {
      throw new IllegalArgumentException("disks, clocks and buggify must not be null (use their NONE / OFF)");
    }
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

  /** The faults of the first untyped rule matching the link, or {@link LinkFaults#RELIABLE}. */
  public LinkFaults faultsFor(Address from, Address to) {
    return faultsFor(from, to, Message.class);
  }

  /** The faults of the first rule matching the link and a message of {@code type}. */
  public LinkFaults faultsFor(Address from, Address to, Class<?> type) {
    for (LinkRule rule : linkRules) {
      if (rule.messageType().isAssignableFrom(type) && rule.selector().matches(from, to)) {
        return rule.faults();
      }
    }
    return LinkFaults.RELIABLE;
  }

  /** True when some rule for only some message types matches the link. */
  boolean typedRulesOn(Address from, Address to) {
    return linkRules.stream().anyMatch(r -> r.typed() && r.selector().matches(from, to));
  }

  public static final class Builder {
    private final List<LinkRule> linkRules = new ArrayList<>();
    private final List<PartitionPeriod> partitions = new ArrayList<>();
    private final List<CrashPeriod> crashes = new ArrayList<>();
    private final List<Shutdown> shutdowns = new ArrayList<>();
    private final List<PausePeriod> pauses = new ArrayList<>();
    private final List<ClockSkew> clockSkews = new ArrayList<>();
    private final List<ClockJump> clockJumps = new ArrayList<>();
    private DiskFaults disks = DiskFaults.NONE;
    private ClockFaults clocks = ClockFaults.NONE;
    private BuggifyOdds buggify = BuggifyOdds.OFF;
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

    /**
     * Adds a rule for messages of {@code type} only (drop only {@code Replicate}, delay only
     * heartbeats); earlier rules win, and messages of other types fall through to later rules.
     */
    public Builder messages(String name, LinkSelector selector, Class<? extends Message> type, LinkFaults faults) {
      linkRules.add(new LinkRule(name, selector, type, faults));
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

    public Builder pause(Address node, long atMicros, long durationMicros) {
      pauses.add(new PausePeriod(node, atMicros, durationMicros));
      return this;
    }

    public Builder disks(DiskFaults faults) {
      disks = faults;
      return this;
    }

    /** Every node's clock drawn from these ranges (explicit skews and jumps come on top). */
    public Builder clocks(ClockFaults faults) {
      clocks = faults;
      return this;
    }

    /** This node's clock exactly: it replaces the drawn offset and drift. */
    public Builder clockSkew(Address node, long offsetMicros, double driftPpm) {
      clockSkews.add(new ClockSkew(node, offsetMicros, driftPpm));
      return this;
    }

    public Builder clockJump(Address node, long atMicros, long byMicros) {
      clockJumps.add(new ClockJump(node, atMicros, byMicros));
      return this;
    }

    public Builder buggify(BuggifyOdds odds) {
      buggify = odds;
      return this;
    }

    public FaultPlan build() {
      return new FaultPlan(linkRules, partitions, crashes, shutdowns, pauses, disks, clocks, clockSkews, clockJumps,
          buggify, calmFromMicros);
    }
  }
}
