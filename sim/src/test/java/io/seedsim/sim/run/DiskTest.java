package io.seedsim.sim.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.sim.Address;
import io.seedsim.sim.DiskIOException;
import io.seedsim.sim.Node;
import io.seedsim.sim.NodeContext;
import io.seedsim.sim.Promise;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The simulated disk keeps what was synced, loses or mangles what was not, and fails as told. */
class DiskTest {

  static final Address NODE = Address.of("db", 0);
  static final String LONG_VALUE = "the last write, long enough to tear";

  /** What the node found on each boot: "boot restarted=B a=VALUE b=VALUE". */
  static final class Journal implements Node {
    final List<String> seen;

    Journal(List<String> seen) {
      this.seen = seen;
    }

    @Override
    public void onStart(NodeContext ctx) {
      var disk = ctx.disk();
      disk.read("a").compose(a -> disk.read("b").then(b -> "boot restarted=" + ctx.restarted() + " a=" + text(a) + " b=" + text(b)))
          .whenComplete((line, e) -> {
            seen.add(line);
            if (!ctx.restarted()) {
              disk.write("a", bytes("synced"))
                  .compose(v -> disk.fsync())
                  .compose(v -> disk.write("b", bytes("unsynced")))
                  .compose(v -> disk.write("a", bytes(LONG_VALUE)))
                  .whenComplete((v, e2) -> seen.add("written at " + ctx.nowMicros()));
            }
          });
    }
  }

  static Simulation journal(long seed, DiskFaults disks, List<String> seen) {
    FaultPlan plan = FaultPlan.builder().disks(disks).crash(NODE, 1_000, 2_000).build();
    Simulation sim = new Simulation(seed, plan, Trace.Mode.FULL);
    sim.addNode(NODE, () -> new Journal(seen));
    sim.header("disk", seed, "none");
    return sim;
  }

  static final DiskFaults SLOW =
      DiskFaults.latencies(DelayModel.constant(5), DelayModel.constant(10), DelayModel.constant(100));

  @Test
  void unsyncedWritesAreLostOnCrashAndSyncedOnesKept() {
    List<String> seen = new ArrayList<>();
    Simulation sim = journal(1, SLOW, seen);
    sim.run(Long.MAX_VALUE, Long.MAX_VALUE);
    // read a (5) and b (5), write a (10), fsync (100), write b (10), write a (10): done at 140 us
    assertThat(seen).containsExactly(
        "boot restarted=false a=null b=null", "written at 140", "boot restarted=true a=synced b=null");
    assertThat(sim.trace().lines()).contains(
        "{\"t\":1000,\"kind\":\"disk-crash\",\"node\":\"db-0\",\"unsynced\":2,\"kept\":0,\"torn\":-1}",
        "{\"t\":120,\"kind\":\"disk-fsync\",\"node\":\"db-0\",\"writes\":1}",
        "{\"t\":10,\"kind\":\"disk-write\",\"node\":\"db-0\",\"key\":\"a\",\"bytes\":6}",
        "{\"t\":2010,\"kind\":\"disk-read\",\"node\":\"db-0\",\"key\":\"b\",\"bytes\":-1}");
  }

  @Test
  void aCrashCanTearTheLastWriteToAPrefix() {
    Set<String> torn = new HashSet<>();
    for (long seed = 0; seed < 20; seed++) {
      List<String> seen = new ArrayList<>();
      journal(seed, SLOW.withCrashFaults(1, 0), seen).run(Long.MAX_VALUE, Long.MAX_VALUE);
      String after = seen.get(2);
      String a = after.substring(after.indexOf(" a=") + 3, after.indexOf(" b="));
      assertThat(LONG_VALUE).startsWith(a);
      assertThat(a.length()).isLessThan(LONG_VALUE.length());
      assertThat(after).endsWith(" b=null"); // the earlier unsynced write is lost
      torn.add(a);
    }
    assertThat(torn).hasSizeGreaterThan(10); // the tear point is drawn per seed
  }

  @Test
  void aCrashCanKeepUnsyncedWritesInAnyOrder() {
    Set<String> outcomes = new HashSet<>();
    for (long seed = 0; seed < 60; seed++) {
      List<String> seen = new ArrayList<>();
      journal(seed, SLOW.withCrashFaults(0, 1), seen).run(Long.MAX_VALUE, Long.MAX_VALUE);
      outcomes.add(seen.get(2));
    }
    String boot = "boot restarted=true ";
    assertThat(outcomes).containsExactlyInAnyOrder(
        boot + "a=synced b=null", boot + "a=synced b=unsynced",
        boot + "a=" + LONG_VALUE + " b=null", boot + "a=" + LONG_VALUE + " b=unsynced");
  }

  @Test
  void ioErrorsFailOperationsUntilTheFaultsHeal() {
    List<String> seen = new ArrayList<>();
    FaultPlan plan = FaultPlan.builder().disks(SLOW.withErrors(1, 0)).calmFrom(1_000).build();
    Simulation sim = new Simulation(3, plan, Trace.Mode.FULL);
    sim.addNode(NODE, () -> new Node() {
      @Override
      public void onStart(NodeContext ctx) {
        attempt(ctx);
      }

      void attempt(NodeContext ctx) {
        ctx.disk().write("k", bytes("v")).whenComplete((v, e) -> {
          seen.add(ctx.nowMicros() + (e instanceof DiskIOException ? " error" : " ok"));
          if (e != null) {
            ctx.setTimer(400, "retry", () -> attempt(ctx));
          }
        });
      }
    });
    sim.run(Long.MAX_VALUE, Long.MAX_VALUE);
    assertThat(seen).containsExactly("10 error", "420 error", "830 error", "1240 ok");
    assertThat(sim.trace().lines()).contains(
        "{\"t\":10,\"kind\":\"disk-fault\",\"node\":\"db-0\",\"fault\":\"io-error\",\"op\":\"write\",\"key\":\"k\"}");
  }

  @Test
  void aBitFlipChangesExactlyOneBitOfWhatIsRead() {
    byte[] written = bytes("0123456789");
    List<byte[]> reads = new ArrayList<>();
    FaultPlan plan = FaultPlan.builder().disks(SLOW.withErrors(0, 1)).build();
    Simulation sim = new Simulation(5, plan, Trace.Mode.FULL);
    sim.addNode(NODE, () -> new Node() {
      @Override
      public void onStart(NodeContext ctx) {
        ctx.disk().write("k", written).compose(v -> ctx.disk().read("k")).whenComplete((r, e) -> reads.add(r));
      }
    });
    sim.run(Long.MAX_VALUE, Long.MAX_VALUE);
    int differingBits = 0;
    for (int i = 0; i < written.length; i++) {
      differingBits += Integer.bitCount((written[i] ^ reads.get(0)[i]) & 0xff);
    }
    assertThat(differingBits).isEqualTo(1);
    assertThat(sim.trace().lines()).anyMatch(l -> l.contains("\"fault\":\"bit-flip\""));
  }

  @Test
  void anOperationInFlightAtACrashNeverCompletes() {
    List<String> seen = new ArrayList<>();
    FaultPlan plan = FaultPlan.builder().disks(SLOW).crash(NODE, 50, 60).build();
    Simulation sim = new Simulation(1, plan, Trace.Mode.HASH_ONLY);
    sim.addNode(NODE, () -> new Node() {
      @Override
      public void onStart(NodeContext ctx) {
        if (!ctx.restarted()) {
          Promise<Void> sync = ctx.disk().write("k", bytes("v")).compose(v -> ctx.disk().fsync());
          sync.whenComplete((v, e) -> seen.add("synced"));
        }
      }
    });
    sim.run(Long.MAX_VALUE, Long.MAX_VALUE);
    assertThat(seen).isEmpty();
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static String text(byte[] b) {
    return b == null ? "null" : new String(b, StandardCharsets.UTF_8);
  }
}
