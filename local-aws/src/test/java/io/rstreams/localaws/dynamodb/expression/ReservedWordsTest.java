package io.rstreams.localaws.dynamodb.expression;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReservedWordsTest {

  @Test
  void holdsDynamoDbsFullListCaseInsensitively() {
    assertThat(ReservedWords.count()).isEqualTo(573);
    assertThat(ReservedWords.isReserved("end")).isTrue();
    assertThat(ReservedWords.isReserved("Status")).isTrue();
    assertThat(ReservedWords.isReserved("ZONE")).isTrue();
    assertThat(ReservedWords.isReserved("checkpoints")).isFalse();
    assertThat(ReservedWords.isReserved("expires")).isFalse();
    assertThat(ReservedWords.isReserved("id")).isFalse();
  }
}
