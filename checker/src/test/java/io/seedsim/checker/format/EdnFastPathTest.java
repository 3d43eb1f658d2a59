package io.seedsim.checker.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.checker.bench.ParseBenchmark;
import io.seedsim.checker.bench.SyntheticKvHistory;
import io.seedsim.checker.search.Deadline;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The fast path for flat event maps reads every form exactly as the EDN parser does, on the same lines. */
class EdnFastPathTest {
  static List<EdnForms.Form> forms(String text, boolean fast) throws Exception {
    EdnForms forms = new EdnForms("h.edn", new StringReader(text), Deadline.after(null), fast);
    List<EdnForms.Form> all = new ArrayList<>();
    for (EdnForms.Form f = forms.next(); f != null; f = forms.next()) all.add(f);
    return all;
  }

  static void assertBothPathsAgree(String text) throws Exception {
    List<EdnForms.Form> slow = forms(text, false);
    EdnForms fast = new EdnForms("h.edn", new StringReader(text), Deadline.after(null), true);
    List<EdnForms.Form> all = new ArrayList<>();
    for (EdnForms.Form f = fast.next(); f != null; f = fast.next()) all.add(f);
    assertThat(all).isEqualTo(slow);
    assertThat(fast.fastForms).as("the fast path read some forms").isPositive();
  }

  @Test
  void trickyLinesReadAlike() throws Exception {
    assertBothPathsAgree("""
        {:process 0, :type :invoke, :f :write, :value -12, :n 123456789012345678901234567890}
        {:process 0 :type :ok :f :write :value "a \\"quoted\\" \\\\ \\n\\t text"}

        {:process 1, :type :invoke, :f :cas, :value [1 [2 3]], :x true, :y false, :z nil}
        {:process 1, :type :info, :f :cas, :value [nil "s" :k 0 -0]}
        {:process 2, :type :invoke, :f :read, :key "k",
         :value "two
        lines"}
        {:process :nemesis, :type :info, :f :start, :value 1.5, :q :a/b}
        {:process "0", :type :invoke, :f :read, :value #{1}} ; comment
        #_ {:skipped 1}
        {:process 3, :type :ok, :f :read, :value 0777, :w sym}
        """);
  }

  @Test
  void generatedAndCorpusHistoriesReadAlike() throws Exception {
    assertBothPathsAgree(ParseBenchmarkEdn.text());
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("seedsim.shared", "../../shared"))
        .resolve("histories/porcupine/kv"))) {
      for (Path file : files.toList()) assertBothPathsAgree(Files.readString(file));
    }
  }

  /** The EDN the parse benchmark times. */
  static final class ParseBenchmarkEdn {
    static String text() throws IOException {
      return ParseBenchmark.edn(SyntheticKvHistory.linearizable(7, 5, 4, 3000));
    }
  }
}
