package io.seedsim.checker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.seedsim.checker.format.ReadErrors;
import io.seedsim.checker.model.Nil;
import io.seedsim.checker.model.RegisterOp;
import io.seedsim.checker.search.Deadline;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each reading problem of issue 14, on its own file under src/test/resources/formats: values read
 * exactly, valid Jepsen files accepted, bad files refused in one line naming file and line.
 */
class FormatFixturesTest {
  @TempDir Path dir;

  static Path fixture(String name) {
    try {
      return Path.of(FormatFixturesTest.class.getResource("/formats/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Operation> read(String name, String model) throws HistoryFormatException {
    return HistoryFormats.read(fixture(name), Models.byName(model));
  }

  static Verdict verdict(String name, String model) throws HistoryFormatException {
    Model<?> m = Models.byName(model);
    return Linearizability.check(m, HistoryFormats.read(fixture(name), m), Duration.ofSeconds(10)).verdict();
  }

  /** The message, which must be one line starting with the file's name (and line, when given). */
  static String error(String name, String model) {
    try {
      read(name, model);
    } catch (HistoryFormatException e) {
      assertThat(e.getMessage()).startsWith(fixture(name).toString()).doesNotContain("\n");
      return e.getMessage().substring(fixture(name).toString().length());
    }
    throw new AssertionError(name + " was read without an error");
  }

  // Wrong verdicts

  @Test
  void jsonLinesCasWithOutputFalseFailed() throws Exception {
    assertThat(read("cas-false.jsonl", "cas-register").get(1).output()).isEqualTo(Boolean.FALSE);
    assertThat(verdict("cas-false.jsonl", "cas-register")).isEqualTo(Verdict.LINEARIZABLE);
  }

  @Test
  void jsonLinesCasWithANonBooleanOutputIsRefused() {
    assertThat(error("cas-banana.jsonl", "cas-register")).isEqualTo(": line 2: a cas's \"output\" must be true "
        + "(it applied) or false (the comparison failed), or left out when not observed; not \"banana\"");
  }

  @Test
  void jsonLinesCasWithoutOutputAppliedIfTheValueMatched() throws Exception {
    assertThat(read("cas-unobserved.jsonl", "cas-register").get(1).output()).isNull();
    assertThat(verdict("cas-unobserved.jsonl", "cas-register")).isEqualTo(Verdict.LINEARIZABLE);
  }

  @Test
  void integersKeepTheirSize() throws Exception {
    List<Operation> ops = read("big-int.jsonl", "register");
    assertThat(ops.get(0).input()).isEqualTo(new RegisterOp.Write(null, new BigInteger("18446744073709551617")));
    assertThat(verdict("big-int.jsonl", "register")).isEqualTo(Verdict.NOT_LINEARIZABLE);
  }

  @Test
  void decimalsKeepTheirValue() throws Exception {
    assertThat(verdict("big-decimal.jsonl", "register")).as("1e400 is not 1e500").isEqualTo(Verdict.NOT_LINEARIZABLE);
  }

  @Test
  void theLargestLongIsARealReturnTime() throws Exception {
    Operation write = read("max-return.jsonl", "register").get(0);
    assertThat(write.hasReturn()).isTrue();
    assertThat(write.call()).isLessThan(write.ret());
  }

  @Test
  void linKvKeysOfDifferentTypesStayApart() throws Exception {
    assertThat(verdict("linkv-keys.edn", "lin-kv")).as(":x is not \"x\"").isEqualTo(Verdict.NOT_LINEARIZABLE);
    assertThat(verdict("linkv-int-keys.edn", "lin-kv")).as("1 is not \"1\"").isEqualTo(Verdict.NOT_LINEARIZABLE);
    List<Operation> ops = read("linkv-int-keys.edn", "lin-kv");
    assertThat(ops).extracting(op -> ((RegisterOp) op.input()).key()).containsExactly("1", "\"1\"");
  }

  @Test
  void aCompletionWithoutKeyKeepsAVectorValueWhole() throws Exception {
    List<Operation> ops = read("key-read-vector.edn", "lin-kv");
    assertThat(ops.get(1).output()).isEqualTo(List.of(1L, 2L));
    assertThat(verdict("key-read-vector.edn", "lin-kv")).isEqualTo(Verdict.LINEARIZABLE);
  }

  @Test
  void duplicateFieldsHugeClientsAndObjectKeysAreRefused() {
    assertThat(error("dup.jsonl", "register")).isEqualTo(": line 1: bad JSON: Duplicate field 'op'");
    assertThat(error("client32.jsonl", "register"))
        .isEqualTo(": line 1: \"client\" must be an integer from 0 to 2147483647, not 4294967296");
    assertThat(error("objkey.jsonl", "lin-kv")).isEqualTo(": line 1: \"key\" must be a string or an integer, not {\"a\" 1}");
  }

  // Valid Jepsen files

  @Test
  void commentsAndDiscardedFormsOnTheirOwnLines() throws Exception {
    assertThat(read("comments.edn", "register")).hasSize(2);
    assertThat(verdict("comments.edn", "register")).isEqualTo(Verdict.LINEARIZABLE);
  }

  @Test
  void aTopLevelListOfEvents() throws Exception {
    assertThat(read("list.edn", "register")).hasSize(1);
  }

  @Test
  void mapsOverSeveralLinesAndStringsWithNewlines() throws Exception {
    List<Operation> ops = read("multiline.edn", "register");
    assertThat(ops.get(0).input()).isEqualTo(new RegisterOp.Write(null, "a\nb"));
    assertThat(ops.get(1).output()).isEqualTo("a\nb");
  }

  @Test
  void aByteOrderMarkIsSkipped() throws Exception {
    assertThat(read("bom.edn", "register")).hasSize(1);
    assertThat(read("bom.jsonl", "register")).hasSize(1);
  }

  @Test
  void jepsenHistoryOpRecordsAreEvents() throws Exception {
    assertThat(read("records.edn", "register")).extracting(Operation::input).containsExactly(new RegisterOp.Write(null, 1L));
  }

  @Test
  void stringProcessesAreProcessesOfTheirOwn() throws Exception {
    List<Operation> ops = read("string-process.edn", "register");
    assertThat(ops).extracting(Operation::client).as("\"0\" and 0 are two processes").containsExactly(0, 1);
    assertThat(ops).allMatch(Operation::hasReturn);
  }

  @Test
  void carriageReturnLineEnds() throws Exception {
    assertThat(verdict("cr.edn", "register")).isEqualTo(Verdict.NOT_LINEARIZABLE);
    assertThat(error("cr.jsonl", "register")).startsWith(": line 2: unknown operation 'wrte'");
  }

  // Rejected badly

  @Test
  void deepNestingIsOneLineNotAStackOverflow() {
    assertThat(error("deep.edn", "register")).isEqualTo(": line 1: brackets nested more than 100 deep");
    assertThat(error("deep.jsonl", "register")).isEqualTo(": line 1: bad JSON: values nested more than 100 deep");
  }

  @Test
  void aBadTaggedValueNamesFileAndLine() {
    assertThat(error("uuid.edn", "register")).isEqualTo(": line 2: bad EDN: Invalid UUID string: zzz");
  }

  @Test
  void vectorFilesReportTheLineOfTheEvent() {
    assertThat(error("vector-bad.edn", "register")).startsWith(": line 5: bad EDN");
    assertThat(error("vector-bad2.edn", "register")).startsWith(": line 5: unknown operation 'frob'");
    assertThat(error("vector-trailing.edn", "register"))
        .isEqualTo(": line 3: text after the ] on line 2 that ends the history");
    assertThat(error("vector-unclosed.edn", "register")).isEqualTo(": line 3: the [ opened on line 1 is never closed");
  }

  @Test
  void longValuesAreCutShort() throws IOException {
    String huge = "x".repeat(1_000_000);
    Path edn = dir.resolve("long.edn");
    Files.writeString(edn, "{:process 0, :type :invoke, :f :write, :value 1}\n"
        + "{:process 0, :type :ok, :f :write, :value 1}\n{:process 0, :type :ok, :f \"" + huge + "\"}\n");
    Path jsonl = dir.resolve("long.jsonl");
    Files.writeString(jsonl, "{\"client\": 0, \"op\": \"" + huge + "\", \"call\": 0, \"return\": 1}\n");
    for (Path file : List.of(edn, jsonl)) {
      assertThatThrownBy(() -> HistoryFormats.read(file, Models.byName("register")))
          .satisfies(e -> assertThat(e.getMessage().length()).as(e.getMessage()).isLessThan(400))
          .hasMessageContaining("...");
    }
  }

  @Test
  void unreadableFilesSayWhy() {
    assertThatThrownBy(() -> HistoryFormats.read(dir, HistoryFormat.JSONL, Models.byName("kv")))
        .hasMessage(dir + ": cannot read the file: it is a directory");
    assertThatThrownBy(() -> HistoryFormats.read(dir.resolve("none.jsonl"), Models.byName("kv")))
        .hasMessage(dir.resolve("none.jsonl") + ": cannot read the file: no such file");
    assertThat(ReadErrors.describe(new AccessDeniedException("f"))).isEqualTo("permission denied");
  }

  @Test
  void readingStopsOnceTheDeadlineHasPassed() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      text.append("{\"client\": 0, \"op\": \"write\", \"value\": 1, \"call\": ").append(2 * i)
          .append(", \"return\": ").append(2 * i + 1).append("}\n");
    }
    Path file = dir.resolve("many.jsonl");
    Files.writeString(file, text);
    Deadline spent = Deadline.after(null);
    spent.cancel();
    assertThatThrownBy(() -> HistoryFormats.read(file, HistoryFormat.JSONL, Models.byName("register"), spent))
        .isInstanceOf(HistoryReadTimeoutException.class)
        .hasMessage(file + ": the time budget ran out while reading the file (at line 1024)");
  }

  // Semantics settled

  @Test
  void anEmptyFileAndAnEmptyVectorAreBothInputErrors() {
    assertThat(error("empty.edn", "register")).isEqualTo(": the file is empty: no operations to check");
    assertThat(error("emptyvec.edn", "register")).isEqualTo(": the history vector is empty: no operations to check");
  }

  @Test
  void appendsEchoingTheirArgumentInEveryCaseObservedNothing() throws Exception {
    assertThat(read("kv-echo.edn", "kv")).extracting(Operation::output).containsExactly(null, null, "ab");
    assertThat(verdict("kv-echo.edn", "kv")).isEqualTo(Verdict.LINEARIZABLE);
  }

  @Test
  void inAFileOfOldValuesAnAppendEqualToItsArgumentIsAnOldValueToo() throws Exception {
    assertThat(read("kv-old-values.edn", "kv")).extracting(Operation::output).containsExactly("", "b");
    assertThat(verdict("kv-old-values.edn", "kv")).isEqualTo(Verdict.NOT_LINEARIZABLE);
  }

  @Test
  void aKvGetOfNilReadAMissingKey() throws Exception {
    assertThat(read("kv-get-nil.edn", "kv").get(1).output()).isEqualTo("");
    assertThat(verdict("kv-get-nil.edn", "kv")).isEqualTo(Verdict.NOT_LINEARIZABLE);
  }

  @Test
  void aJsonNullOutputIsNilAndALeftOutOutputIsUnobserved() throws Exception {
    assertThat(read("register-read-null.jsonl", "register").get(1).output()).isEqualTo(Nil.NIL);
    assertThat(verdict("register-read-null.jsonl", "register")).isEqualTo(Verdict.NOT_LINEARIZABLE);
    assertThat(read("register-read-unobserved.jsonl", "register").get(1).output()).isNull();
    assertThat(verdict("register-read-unobserved.jsonl", "register")).isEqualTo(Verdict.LINEARIZABLE);
  }
}
