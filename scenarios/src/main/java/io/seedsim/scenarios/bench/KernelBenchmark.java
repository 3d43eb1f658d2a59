package io.seedsim.scenarios.bench;

import io.seedsim.sim.Address;
import io.seedsim.sim.Message;
import io.seedsim.sim.Node;
import io.seedsim.sim.NodeContext;
import io.seedsim.sim.SimRandom;
import io.seedsim.sim.run.DelayModel;
import io.seedsim.sim.run.FaultPlan;
import io.seedsim.sim.run.LinkFaults;
import io.seedsim.sim.run.Simulation;
import io.seedsim.sim.run.Trace;
import java.io.PrintStream;
import java.util.PriorityQueue;

/**
 * The kernel's event rate on a message-heavy workload, against a bare {@link PriorityQueue} loop
 * over the same number of events measured in the same run. The workload is a ring of nodes
 * passing tokens: each delivery sets a timer, each timer sends the token on over a link with a
 * random delay, so half the events are deliveries and half timer firings, all traced (hash only).
 */
public final class KernelBenchmark {

  /** Figures of one measurement. */
  public record Figures(long events, double seconds) {
    double rate() {
      return events / seconds;
    }
  }

  private final int nodes;
  private final int tokens;
  private final long events;

  public KernelBenchmark(int nodes, int tokens, long events) {
    this.nodes = nodes;
    this.tokens = tokens;
    this.events = events;
  }

  /** Runs warm-up rounds, then measured rounds of both loops, and prints rates and their ratio. */
  public void run(PrintStream out, int rounds) {
    out.printf("kernel benchmark: ring of %d nodes, %d tokens in flight, %,d events per round%n", nodes, tokens, events);
    for (int i = 0; i < 2; i++) { // warm-up: let the JIT compile both loops
      ring(i);
      bareQueue(i);
    }
    Figures bestKernel = null;
    Figures bestBare = null;
    for (int i = 0; i < rounds; i++) {
      Figures k = ring(100 + i);
      Figures b = bareQueue(100 + i);
      out.printf("  round %d: kernel %,.0f events/s, bare PriorityQueue %,.0f events/s%n", i + 1, k.rate(), b.rate());
      bestKernel = bestKernel == null || k.rate() > bestKernel.rate() ? k : bestKernel;
      bestBare = bestBare == null || b.rate() > bestBare.rate() ? b : bestBare;
    }
    out.printf("best of %d: kernel %,.0f events/s; bare PriorityQueue %,.0f events/s; ratio kernel/bare %.2f%n",
        rounds, bestKernel.rate(), bestBare.rate(), bestKernel.rate() / bestBare.rate());
  }

  /** One round of the ring on the kernel. */
  Figures ring(long seed) {
    FaultPlan plan = FaultPlan.builder().allLinks(LinkFaults.lossy(0, 0, DelayModel.uniform(1, 50))).build();
    Simulation sim = new Simulation(seed, plan, Trace.Mode.HASH_ONLY);
    for (int i = 0; i < nodes; i++) {
      Address next = Address.of("ring", (i + 1) % nodes);
      boolean starter = i < tokens;
      int id = i;
      sim.addNode(Address.of("ring", i), () -> new RingNode(next, starter ? id : -1));
    }
    long start = System.nanoTime();
    sim.run(Long.MAX_VALUE, events);
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Figures(sim.events(), seconds);
  }

  /** The same number of events through a bare PriorityQueue: pop one, push one later. */
  Figures bareQueue(long seed) {
    SimRandom random = new SimRandom(seed);
    PriorityQueue<BareEvent> queue = new PriorityQueue<>();
    long seq = 0;
    for (int i = 0; i < tokens; i++) {
      queue.add(new BareEvent(random.longInclusive(1, 50), seq++));
    }
    long start = System.nanoTime();
    long done = 0;
    while (done < events) {
      BareEvent e = queue.poll();
      done++;
      queue.add(new BareEvent(e.time + random.longInclusive(1, 50), seq++));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (queue.size() != tokens) {
      throw new IllegalStateException("bare loop lost events");
    }
    return new Figures(done, seconds);
  }

  private record BareEvent(long time, long seq) implements Comparable<BareEvent> {
    @Override
    public int compareTo(BareEvent o) {
      int c = Long.compare(time, o.time);
      return c != 0 ? c : Long.compare(seq, o.seq);
    }
  }

  private record Token(int id, long hops) implements Message {}

  private static final class RingNode implements Node {
    private final Address next;
    private final int startToken;

    RingNode(Address next, int startToken) {
      this.next = next;
      this.startToken = startToken;
    }

    @Override
    public void onStart(NodeContext ctx) {
      if (startToken >= 0) {
        ctx.send(next, new Token(startToken, 0));
      }
    }

    @Override
    public void onMessage(NodeContext ctx, Address from, Message message) {
      Token t = (Token) message;
      ctx.setTimer(1 + ctx.random().nextInt(50), "hold", () -> ctx.send(next, new Token(t.id(), t.hops() + 1)));
    }
  }
}
