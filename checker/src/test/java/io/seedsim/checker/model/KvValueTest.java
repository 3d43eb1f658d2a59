package io.seedsim.checker.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** An append chain hashes and compares as the String of its content, whenever it is first asked. */
class KvValueTest {

  @Property(tries = 300)
  void hashesAndComparesAsItsContent(@ForAll long seed) {
    Random random = new Random(seed);
    List<KvValue> chain = new ArrayList<>();
    List<String> contents = new ArrayList<>();
    KvValue value = KvValue.of(random.nextBoolean() ? "" : "start");
    String content = value.text();
    for (int i = 0; i < 1 + random.nextInt(40); i++) {
      String piece = random.nextInt(6) == 0 ? "" : Integer.toString(random.nextInt(1000), 36);
      value = value.append(piece);
      content += piece;
      chain.add(value);
      contents.add(content);
      // Hashes asked at random points, so that later ones start from a value below that knows its hash.
      if (random.nextInt(4) == 0) assertThat(value.hashCode()).isEqualTo(content.hashCode());
    }
    for (int i = 0; i < chain.size(); i++) {
      KvValue v = chain.get(i);
      assertThat(v.hashCode()).isEqualTo(contents.get(i).hashCode());
      assertThat(v.length()).isEqualTo(contents.get(i).length());
      KvValue flat = KvValue.of(contents.get(i));
      assertThat(v).isEqualTo(flat);
      assertThat(flat).isEqualTo(v);
      assertThat(v.contentEquals(contents.get(i))).isTrue();
      assertThat(v.contentEquals(contents.get(i) + "x")).isFalse();
    }
  }

  @Property(tries = 100)
  void differentContentsAreNotEqual(@ForAll long seed) {
    Random random = new Random(seed);
    KvValue a = KvValue.of("").append("x").append(Integer.toString(random.nextInt(100)));
    KvValue b = KvValue.of("x").append(Integer.toString(100 + random.nextInt(100)));
    assertThat(a).isNotEqualTo(b);
    assertThat(a.text()).isNotEqualTo(b.text());
  }
}
