package io.seedsim.checker.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The etcd log reader's tokens are what splitting on \s+ gives. */
class EtcdLogTokensTest {
  private static final Pattern BLANKS = Pattern.compile("\\s+");
  private static final char[] ALPHABET = {'a', 'b', ':', '[', ']', '-', '1', ' ', ' ', '\t', '\n', '\u000B', '\f',
      '\r', '\u00A0', '\u2003', '\u001C'};

  @Property(tries = 2000)
  void tokensAreTheRegularExpressionsSplit(@ForAll long seed) {
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(30); i > 0; i--) text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
    String line = text.toString().strip();
    if (line.isEmpty()) return;
    assertThat(EtcdLogHistory.tokens(line)).as("line '%s'", line).containsExactly(BLANKS.split(line));
  }
}
