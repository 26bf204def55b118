/*
 * Copyright 2026 the RStreams binder authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.rstreams.client;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventIdTest {

	@Test
	void formatsLikeTheBusProcessor() {
		// protocol.md 3.1 example
		assertThat(EventId.of(1647411035490L, 3221).value()).isEqualTo("z/2022/03/16/06/10/1647411035490-0003221");
		// fixtures: the processor's block for fx_small
		assertThat(EventId.of(1795393683793L, 4).value()).isEqualTo("z/2026/11/23/00/28/1795393683793-0000004");
	}

	@Test
	void counterWrapsLikeTheSdkSlice() {
		assertThat(EventId.pad7(9_999_999)).isEqualTo("9999999");
		assertThat(EventId.pad7(10_000_000)).isEqualTo("0000000");
		assertThat(EventId.pad7(12_345_678)).isEqualTo("2345678");
	}

	@Test
	void parsesFullAndPartialIds() {
		EventId full = EventId.parse("z/2024/01/01/00/01/1704067260123-0000012");
		assertThat(full.isFull()).isTrue();
		assertThat(full.timestampMillis()).isEqualTo(1704067260123L);
		assertThat(full.sequence()).isEqualTo(12);
		assertThat(full.base()).isEqualTo("z/2024/01/01/00/01/1704067260123");
		assertThat(full.plus(3).value()).isEqualTo("z/2024/01/01/00/01/1704067260123-0000015");

		assertThat(EventId.parse("z/").timestampMillis()).isZero();
		assertThat(EventId.parse("z/2024/").timestampMillis())
			.isEqualTo(Instant.parse("2024-01-01T00:00:00Z").toEpochMilli());
		assertThat(EventId.parse("z/2024/03/05/07").timestampMillis())
			.isEqualTo(Instant.parse("2024-03-05T07:00:00Z").toEpochMilli());
		assertThat(EventId.parse("z/2024/01/01/00/01/1704067260123").timestampMillis()).isEqualTo(1704067260123L);
		assertThat(EventId.parse("z/2024/01/01").isFull()).isFalse();
	}

	@Test
	void rejectsWhatIsNotAnEid() {
		assertThatThrownBy(() -> EventId.parse("2024/01/01")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("2024/01/01");
		assertThatThrownBy(() -> EventId.parse("z/2024/1/1")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> EventId.parse("z/2024/01/01").sequence()).isInstanceOf(IllegalStateException.class);
	}

	@Test
	void ordersOrdinallyAndPartialIdsSortBeforeTheirPeriod() {
		EventId a = EventId.parse("z/2024/01/01/00/01/1704067260123-0000009");
		EventId b = EventId.parse("z/2024/01/01/00/01/1704067260123-0000010");
		EventId day = EventId.parse("z/2024/01/01");
		assertThat(a).isLessThan(b);
		assertThat(day).isLessThan(a);
		assertThat(EventId.BEGINNING).isLessThan(day);
	}

	@Test
	void todayIsTheUtcDayTheNodeSdkStartsNewBotsAt() {
		Clock clock = Clock.fixed(Instant.parse("2026-11-25T23:59:59Z"), ZoneOffset.UTC);
		assertThat(EventId.today(clock).value()).isEqualTo("z/2026/11/25");
		assertThat(EventId.ofDay(LocalDate.of(2024, 2, 9)).value()).isEqualTo("z/2024/02/09");
		assertThat(EventId.now(clock).value()).isEqualTo("z/2026/11/25/23/59/" + clock.millis() + "-0000000");
	}

}
