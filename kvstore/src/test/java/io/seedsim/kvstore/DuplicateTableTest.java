package io.seedsim.kvstore;

import static org.assertj.core.api.Assertions.assertThat;

import io.seedsim.kvstore.KvMessage.KvReply;
import io.seedsim.kvstore.KvMessage.Status;
import org.junit.jupiter.api.Test;

class DuplicateTableTest {

  private final DuplicateTable<Long> table = new DuplicateTable<>();
  private final KvReply first = new KvReply(Status.OK, "first");

  @Test
  void aNewSequenceNumberIsExecutedAndItsRetransmissionRepeatsTheReply() {
    assertThat(table.check(7L, 1)).isInstanceOf(DuplicateTable.Execute.class);
    table.remember(7L, 1, first);
    assertThat(table.check(7L, 1)).isEqualTo(new DuplicateTable.Repeat(first));
  }

  @Test
  void anOlderSequenceNumberIsStaleNotAnsweredWithANewerReply() {
    table.remember(7L, 1, first);
    table.remember(7L, 2, new KvReply(Status.OK, "second"));
    assertThat(table.check(7L, 1)).isInstanceOf(DuplicateTable.Stale.class);
  }

  @Test
  void holdsOneEntryPerClerkHoweverManyOperations() {
    for (long seq = 1; seq <= 1000; seq++) {
      table.remember(1L, seq, first);
      table.remember(2L, seq, first);
    }
    assertThat(table.size()).isEqualTo(2);
    assertThat(table.check(3L, 1)).isInstanceOf(DuplicateTable.Execute.class);
  }
}
