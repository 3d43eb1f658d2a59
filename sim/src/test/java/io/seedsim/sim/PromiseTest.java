package io.seedsim.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromiseTest {

  @Test
  void thenAndComposeChainInOrder() {
    Promise<Integer> start = Promise.pending();
    Promise<Integer> inner = Promise.pending();
    Promise<String> result = start.then(x -> x + 1).compose(x -> inner.then(y -> x + ":" + y));
    start.complete(1);
    assertThat(result.isDone()).isFalse();
    inner.complete(5);
    assertThat(result.get()).isEqualTo("2:5");
  }

  @Test
  void failuresSkipThenAndReachRecover() {
    Promise<Integer> start = Promise.pending();
    Promise<Integer> recovered = start.then(x -> x * 2).recoverWith(e -> Promise.completed(-1));
    start.fail(new IllegalStateException("boom"));
    assertThat(recovered.get()).isEqualTo(-1);
  }

  @Test
  void runtimeExceptionInCallbackFailsTheDerivedPromise() {
    Promise<Integer> p = Promise.completed(1).then(x -> {
      throw new IllegalArgumentException("bad");
    });
    assertThat(p.error()).hasMessage("bad");
  }

  @Test
  void errorsInCallbacksAreNeverSwallowed() {
    Promise<Integer> p = Promise.pending();
    p.then(x -> {
      throw new AssertionError("check failed");
    });
    assertThatThrownBy(() -> p.complete(1)).isInstanceOf(AssertionError.class);
  }

  @Test
  void allCollectsInOrderAndFailsFast() {
    Promise<Integer> a = Promise.pending();
    Promise<Integer> b = Promise.pending();
    Promise<List<Integer>> both = Promise.all(List.of(a, b));
    b.complete(2);
    a.complete(1);
    assertThat(both.get()).containsExactly(1, 2);

    Promise<Integer> c = Promise.pending();
    Promise<List<Integer>> failing = Promise.all(List.of(c, Promise.failed(new RuntimeException("x"))));
    assertThat(failing.error()).hasMessage("x");
    assertThat(Promise.all(List.<Promise<Integer>>of()).get()).isEmpty();
  }

  @Test
  void retryRunsUntilSuccessWithBackoffBetweenAttempts() {
    List<Promise<String>> attempts = new ArrayList<>();
    List<Promise<Void>> backoffs = new ArrayList<>();
    Promise<String> result = Promise.retry(
        () -> { Promise<String> p = Promise.pending(); attempts.add(p); return p; },
        e -> e instanceof RpcTimeoutException || e instanceof IllegalStateException,
        () -> { Promise<Void> p = Promise.pending(); backoffs.add(p); return p; });
    attempts.get(0).fail(new IllegalStateException("timeout"));
    assertThat(attempts).hasSize(1);
    backoffs.get(0).complete(null);
    assertThat(attempts).hasSize(2);
    attempts.get(1).complete("ok");
    assertThat(result.get()).isEqualTo("ok");
  }

  @Test
  void retryStopsOnANonRetryableError() {
    Promise<String> result = Promise.retry(
        () -> Promise.failed(new IllegalArgumentException("wrong")), e -> false, () -> Promise.completed(null));
    assertThat(result.error()).hasMessage("wrong");
  }

  @Test
  void completesOnlyOnce() {
    Promise<Integer> p = Promise.pending();
    assertThat(p.complete(1)).isTrue();
    assertThat(p.complete(2)).isFalse();
    assertThat(p.fail(new RuntimeException())).isFalse();
    assertThat(p.get()).isEqualTo(1);
  }
}
