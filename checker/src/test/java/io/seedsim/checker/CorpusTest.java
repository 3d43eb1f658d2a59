package io.seedsim.checker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every history of the shared corpus gets the verdict Porcupine's own tests expect. */
class CorpusTest {
  static final Path HISTORIES = Path.of(System.getProperty("seedsim.shared", "../../shared")).resolve("histories");
  static final Path PORCUPINE = HISTORIES.resolve("porcupine");

  record Expected(String file, String porcupineModel, String linearizable) {
    @Override
    public String toString() {
      return file + " (" + porcupineModel + ")";
    }
  }

  static Stream<Expected> corpus() throws IOException {
    List<String> lines = Files.readAllLines(PORCUPINE.resolve("expected.csv"));
    return lines.subList(1, lines.size()).stream().map(l -> l.split(",", -1))
        .map(f -> new Expected(f[0], f[1], f[2]));
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void agreesWithPorcupine(Expected expected) throws Exception {
    Path file = PORCUPINE.resolve(expected.file());
    boolean etcd = expected.porcupineModel().equals("etcd");
    Model<?> model = Models.byName(etcd ? "cas-register" : "kv");
    if (expected.linearizable().isEmpty()) {
      assertThat(Files.size(file)).as("only the empty etcd_095 has no expectation").isZero();
      return;
    }
    List<Operation> history = HistoryFormats.read(file, model);
    CheckResult result = Linearizability.check(model, history, Duration.ofSeconds(60));
    assertThat(result.verdict()).isEqualTo(
        Boolean.parseBoolean(expected.linearizable()) ? Verdict.LINEARIZABLE : Verdict.NOT_LINEARIZABLE);
  }

  @Test
  void corpusHoldsEveryFileTheReadmeCounts() throws IOException {
    assertThat(corpus().filter(e -> e.porcupineModel().equals("etcd"))).hasSize(103);
    assertThat(corpus().filter(e -> e.linearizable().equals("true") && e.porcupineModel().equals("etcd"))).hasSize(23);
    assertThat(corpus().filter(e -> e.linearizable().equals("false") && e.porcupineModel().equals("etcd"))).hasSize(79);
  }

  @Test
  void emptyEtcdLogIsAnInputErrorForTheReaderButAnEmptyHistoryIsLinearizable() throws Exception {
    Path empty = PORCUPINE.resolve("jepsen/etcd_095.log");
    Model<?> model = Models.byName("cas-register");
    assertThatThrownBy(() -> HistoryFormats.read(empty, model))
        .isInstanceOf(HistoryFormatException.class)
        .hasMessageContaining("etcd_095.log")
        .hasMessageContaining("empty");
    CheckResult result = Linearizability.check(model, List.of(), Duration.ofSeconds(1));
    assertThat(result.verdict()).isEqualTo(Verdict.LINEARIZABLE);
    assertThat(result.partitions()).isEmpty();
  }

  @Test
  void etcdLogsWithSpacesReadLikeThoseWithTabs() throws Exception {
    Model<?> model = Models.byName("cas-register");
    List<Operation> spaced = HistoryFormats.read(PORCUPINE.resolve("jepsen/etcd_100.log"), model);
    assertThat(spaced).isNotEmpty();
    assertThat(spaced.get(0).input()).isEqualTo(new io.seedsim.checker.model.RegisterOp.Write(null, 3L));
  }

  @Test
  void violationReportsPrefixAndUnplaceableOperations() throws Exception {
    Model<?> model = Models.byName("kv");
    List<Operation> history = HistoryFormats.read(PORCUPINE.resolve("kv/c01-bad.txt"), model);
    CheckResult result = Linearizability.check(model, history, Duration.ofSeconds(10));
    PartitionResult failure = result.failures().get(0);
    assertThat(failure.verdict()).isEqualTo(Verdict.NOT_LINEARIZABLE);
    assertThat(failure.unplaceable()).isNotEmpty();
    assertThat(failure.explanation()).isNotBlank();
    assertThat(failure.longestPrefix().size()).isLessThan(failure.operations().size());
  }
}
