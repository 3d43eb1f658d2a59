package io.seedsim.testkit.client;

import io.seedsim.sim.Address;
import io.seedsim.sim.Node;
import io.seedsim.sim.NodeContext;
import io.seedsim.sim.Promise;
import io.seedsim.sim.run.Simulation;
import io.seedsim.testkit.history.HistoryRecorder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * N clients, each a {@link ClientLoop} on a client node of its own ("client-0", "client-1", ...),
 * recording into one history.
 *
 * <pre>{@code
 * ClientDriver clients = ClientDriver.builder(recorder)
 *     .clients(3)
 *     .first(client -> List.of(ClientOp.of("write", null, 0L)))   // optional: always run, never shrunk away
 *     .generator(client -> Generators.register())
 *     .think(ThinkTime.uniform(0, 5_000))
 *     .stop(Stop.atMicros(2_000_000))
 *     .performer((ctx, op) -> ctx.call(server, new Request(op), Reply.class, 50_000).then(Reply::value))
 *     .build();
 * clients.addTo(sim);   // the loops start when the nodes do; clients.done() completes when all stop
 * }</pre>
 */
public final class ClientDriver {

  /** The address group of the driver's client nodes. */
  public static final String CLIENT_GROUP = "client";

  private final Builder config;
  private final List<Promise<Long>> loops = new ArrayList<>();
  private final Promise<Void> done = Promise.pending();
  private int running;

  private ClientDriver(Builder config) {
    this.config = config;
  }

  public static Builder builder(HistoryRecorder recorder) {
    return new Builder(recorder);
  }

  /**
   * Adds the client nodes; each client's loop starts when its node does, with the node's own
   * random stream. Returns their addresses.
   */
  public List<Address> addTo(Simulation sim) {
    List<Address> addresses = new ArrayList<>();
    running = config.clients;
    for (int c = 0; c < config.clients; c++) {
      int client = c;
      addresses.add(sim.addNode(Address.of(CLIENT_GROUP, c), () -> new Node() {
        @Override
        public void onStart(NodeContext ctx) {
          if (loops.size() > client) {
            return; // a restarted client node does not start a second loop
          }
          startLoop(client, ctx);
        }
      }));
    }
    return addresses;
  }

  /** Completes when every client has stopped. */
  public Promise<Void> done() {
    return done;
  }

  private void startLoop(int client, NodeContext ctx) {
    ClientLoop loop = new ClientLoop(client, ctx, ctx.random(), config.generator.apply(client), config.think,
        config.stop, config.performer, config.recorder, config.clients).first(config.first.apply(client));
    Promise<Long> finished = loop.start();
    loops.add(finished);
    finished.whenComplete((n, e) -> {
      if (--running == 0) {
        done.complete(null);
      }
    });
  }

  public static final class Builder {
    private final HistoryRecorder recorder;
    private int clients = 1;
    private IntFunction<Generator> generator;
    private IntFunction<List<ClientOp>> first = client -> List.of();
    private ThinkTime think = ThinkTime.NONE;
    private Stop stop = Stop.NEVER;
    private Performer performer;

    private Builder(HistoryRecorder recorder) {
      this.recorder = recorder;
    }

    public Builder clients(int clients) {
      if (clients < 1) {
        throw new IllegalArgumentException("at least one client, not " + clients);
      }
      this.clients = clients;
      return this;
    }

    /** A generator for each client (generators may keep state, so each gets its own). */
    public Builder generator(IntFunction<Generator> generator) {
      this.generator = generator;
      return this;
    }

    /**
     * Operations each client runs before its generator's, always: no stop check, think time or
     * {@code proceed()} comes before them, so a shrunk case keeps them (see {@link ClientLoop}).
     */
    public Builder first(IntFunction<List<ClientOp>> first) {
      this.first = first;
      return this;
    }

    public Builder think(ThinkTime think) {
      this.think = think;
      return this;
    }

    public Builder stop(Stop stop) {
      this.stop = stop;
      return this;
    }

    public Builder performer(Performer performer) {
      this.performer = performer;
      return this;
    }

    public ClientDriver build() {
      if (generator == null || performer == null) {
        throw new IllegalStateException("a client driver needs a generator and a performer");
      }
      return new ClientDriver(this);
    }
  }
}
