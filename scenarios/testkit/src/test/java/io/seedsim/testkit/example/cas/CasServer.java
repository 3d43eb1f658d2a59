package io.seedsim.testkit.example.cas;

import io.seedsim.sim.Address;
import io.seedsim.sim.Message;
import io.seedsim.sim.Node;
import io.seedsim.sim.NodeContext;
import io.seedsim.sim.Promise;
import io.seedsim.testkit.example.cas.CasMessage.Reply;
import io.seedsim.testkit.example.cas.CasMessage.Request;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One server holding a register with compare-and-set. Clients retry a request that timed out, so
 * the server remembers each client's last request and answers a retry with the reply it gave.
 *
 * <p>The bug ({@code dedup}: false): the server executes a retried request again. A write can so
 * take effect twice, and a cas whose first copy applied compares against its own new value,
 * fails, and that "false" is what the client hears: it believes nothing changed, though the
 * register did.
 */
final class CasServer implements Node {

  static final Address ADDRESS = Address.of("server", 0);

  private final boolean dedup;
  private Long value;
  /** The last request and reply of each client. */
  private final Map<Integer, Long> lastSeq = new TreeMap<>();
  private final Map<Integer, Reply> lastReply = new TreeMap<>();

  CasServer(boolean dedup) {
    this.dedup = dedup;
  }

  @Override
  public Promise<? extends Message> onRequest(NodeContext ctx, Address from, Message message) {
    Request r = (Request) message;
    if (dedup && Objects.equals(lastSeq.get(r.client()), r.seq())) {
      return Promise.completed(lastReply.get(r.client()));
    }
    Reply reply = switch (r.function()) {
      case "read" -> new Reply(value, true);
      case "write" -> {
        value = r.value();
        yield new Reply(null, true);
      }
      case "cas" -> {
        boolean holds = Objects.equals(value, r.expected());
        if (holds) {
          value = r.value();
        }
        yield new Reply(null, holds);
      }
      default -> throw new IllegalArgumentException("unknown operation " + r.function());
    };
    lastSeq.put(r.client(), r.seq());
    lastReply.put(r.client(), reply);
    return Promise.completed(reply);
  }
}
