package io.seedsim.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.checker.CheckResult;
import io.seedsim.checker.Models;
import io.seedsim.sim.Address;
import io.seedsim.sim.Node;
import io.seedsim.sim.NodeContext;
import io.seedsim.testkit.history.RecordedCall;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A user's scenario is judged as its run records: the check after the run only for what that leaves open. */
class SystemLiveCheckTest {

  /** One client writing 1 and reading {@code read} back, one call after the other, or both at once. */
  private static final class OneClient extends SystemScenario {
    final Object read;
    final boolean overlapping;
    int checksAfterTheRun;

    OneClient(Object read, boolean overlapping) {
      super("one-client", "a write and a read", Models.byName("register"));
      this.read = read;
      this.overlapping = overlapping;
    }

    @Override
    protected void build(SystemRun run) {
      run.sim().addNode(Address.of("client", 0), () -> new Node() {
        @Override
        public void onStart(NodeContext ctx) {
          int write = run.history().invoke(ctx, 0, "write", null, 1L);
          if (overlapping) {
            int r = run.history().invoke(ctx, 1, "read", null, null);
            ctx.setTimer(10, "both return", () -> {
              run.history().complete(ctx, write, null);
              run.history().complete(ctx, r, read);
              run.finish();
            });
            return;
          }
          ctx.setTimer(10, "write returns", () -> {
            run.history().complete(ctx, write, null);
            ctx.setTimer(10, "read", () -> {
              int r = run.history().invoke(ctx, 0, "read", null, null);
              ctx.setTimer(10, "read returns", () -> {
                run.history().complete(ctx, r, read);
                run.finish();
              });
            });
          });
        }
      });
    }

    @Override
    CheckResult check(List<RecordedCall> calls) {
      checksAfterTheRun++;
      return super.check(calls);
    }
  }

  @Test
  void aSequentialLinearizableHistoryIsSettledAsTheRunRecordsIt() {
    OneClient scenario = new OneClient(1L, false);
    assertThat(scenario.run(1, Variants.NONE).passed()).isTrue();
    assertThat(scenario.checksAfterTheRun).isZero();
  }

  @Test
  void aHistoryTheLiveCheckCannotSettleIsCheckedAfterTheRunAsBefore() {
    OneClient wrongRead = new OneClient(2L, false);
    assertThat(wrongRead.run(1, Variants.NONE).failure()).startsWith("history not linearizable: read() -> 2");
    assertThat(wrongRead.checksAfterTheRun).isEqualTo(1);

    OneClient overlapping = new OneClient(1L, true); // linearizable, but only a search can say so
    assertThat(overlapping.run(1, Variants.NONE).passed()).isTrue();
    assertThat(overlapping.checksAfterTheRun).isEqualTo(1);
  }

  @Test
  void aCallTheModelCannotReadIsReportedByTheCheckAfterTheRun() {
    SystemScenario unknown = new SystemScenario("unknown", "an operation the register does not know",
        Models.byName("register")) {
      @Override
      protected void build(SystemRun run) {
        run.sim().addNode(Address.of("client", 0), () -> new Node() {
          @Override
          public void onStart(NodeContext ctx) {
            run.history().complete(ctx, run.history().invoke(ctx, 0, "frobnicate", null, 1L), null);
            run.finish();
          }
        });
      }
    };
    // The live check steps aside; the check after the run raises the model's own error, as before.
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> unknown.run(1, Variants.NONE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("frobnicate");
  }
}
