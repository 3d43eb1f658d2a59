package io.seedsim.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.testkit.FailureSignature.Kind;
import org.junit.jupiter.api.Test;

class FailureSignatureTest {

  @Test
  void linearizabilityFailuresAreKeyedByTheirKey() {
    FailureSignature a = FailureSignature.of("history not linearizable: key 0: get(\"0\") -> \"p2\" (client 1) cannot"
        + " take effect: ... [chaos: 3 servers]");
    FailureSignature b = FailureSignature.of("history not linearizable: key 0: get(\"0\") -> \"\" (client 0) fits after"
        + " the longest linearizable prefix, but ...");
    assertThat(a).isEqualTo(b).isEqualTo(new FailureSignature(Kind.NOT_LINEARIZABLE, "0"));
    assertThat(FailureSignature.of("history not linearizable: key k: x")).isNotEqualTo(a);
  }

  @Test
  void aClientCheckIsTheSameCheckWhateverItsValues() {
    FailureSignature a = FailureSignature.of("client 3: append(\"3\", \"x 3 0 y\") returned old value \"x 3 0 y\" that"
        + " already holds the new element (at 226876 us)");
    FailureSignature b = FailureSignature.of("client 0: append(\"0\", \"x 0 4 y\") returned old value \"x 0 3 yx 0 4 y\""
        + " that already holds the new element (at 1200 us)");
    assertThat(a).isEqualTo(b);
    assertThat(a.kind()).isEqualTo(Kind.CLIENT_CHECK);
    assertThat(FailureSignature.of("client 0: get(\"0\") returned \"x\" but the client last saw \"\" (at 5 us)"))
        .isNotEqualTo(a);
  }

  @Test
  void noProgressAndExceptionsAreKindsOfTheirOwn() {
    assertThat(FailureSignature.of("livelock or no progress: virtual-time budget of 30.0 s spent with 2 operations"))
        .isEqualTo(new FailureSignature(Kind.NO_PROGRESS, "livelock or no progress"));
    assertThat(FailureSignature.of("liveness: 3 operations still pending").kind()).isEqualTo(Kind.NO_PROGRESS);
    assertThat(FailureSignature.of("at 1200 us on server-0: IllegalStateException: boom"))
        .isEqualTo(new FailureSignature(Kind.EXCEPTION, "IllegalStateException"));
    assertThat(FailureSignature.of("threw NullPointerException")).isEqualTo(new FailureSignature(Kind.EXCEPTION,
        "NullPointerException"));
    assertThat(FailureSignature.of("at 5 us on client-0: check failed").kind()).isEqualTo(Kind.CLIENT_CHECK);
  }
}
