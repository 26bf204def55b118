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
package io.rstreams.client.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import io.rstreams.client.EventId;
import org.junit.jupiter.api.Test;

class ReadPositionTest {

	private static final String MINUTE = "z/2026/12/01/10/15/1796119000000";

	private static final String A = MINUTE + "-0000009";

	private static final String NEXT = MINUTE + "-0000010";

	private static final String NEXT_MINUTE = "z/2026/12/01/10/16/1796119060000-0000000";

	private static final String PREVIOUS_MINUTE = "z/2026/12/01/10/14/1796118940000-0000099";

	@Test
	void afterAnEidExcludesItAndIncludesTheNextOne() {
		ReadPosition p = ReadPosition.after(A);
		assertThat(p.isBefore(A)).isFalse();
		assertThat(p.isAfter(A)).isTrue();
		assertThat(p.isBefore(NEXT)).isTrue();
		assertThat(p.isBefore(EventId.parse(A).plus(1).value())).isTrue();
	}

	@Test
	void ordersAgainstEidsOfTheSameAndOtherMinutes() {
		ReadPosition p = ReadPosition.after(A);
		assertThat(p.isBefore(NEXT_MINUTE)).isTrue();
		assertThat(p.isAfter(PREVIOUS_MINUTE)).isTrue();
		assertThat(p.isAfter(MINUTE + "-0000008")).isTrue();
		assertThat(p).isLessThan(ReadPosition.after(NEXT))
			.isLessThan(ReadPosition.after(NEXT_MINUTE))
			.isGreaterThan(ReadPosition.after(PREVIOUS_MINUTE));
	}

	@Test
	void aPrefixBoundIsBeforeEveryEidOfItsPeriod() {
		ReadPosition day = ReadPosition.at("z/2026/12/01/");
		assertThat(day.isBefore(A)).isTrue();
		assertThat(day.isBefore(PREVIOUS_MINUTE)).isTrue();
		assertThat(day.isAfter("z/2026/11/30/23/59/1796083199999-0000000")).isTrue();
		assertThat(day.isBefore("z/2026/12/01/")).isFalse();
		assertThat(day.isAfter("z/2026/12/01/")).isFalse();
		assertThat(day).isLessThan(ReadPosition.after(A)).isGreaterThan(ReadPosition.BEGINNING);
		assertThat(ReadPosition.at(EventId.ofDay(LocalDate.of(2026, 12, 1))).isBefore(A)).isTrue();
	}

	@Test
	void theBeginningIsBeforeEverything() {
		assertThat(ReadPosition.BEGINNING.isBefore("z/2000/01/01")).isTrue();
		assertThat(ReadPosition.BEGINNING.isBefore(A)).isTrue();
		assertThat(ReadPosition.BEGINNING.isBefore("z/")).isFalse();
	}

	@Test
	void theQueryKeyIsTheNodeSdksString() {
		assertThat(ReadPosition.after(A).queryKey()).isEqualTo(A + " ");
		assertThat(ReadPosition.BEGINNING.queryKey()).isEqualTo("z/ ");
		assertThat(ReadPosition.at("z/2026/12/01/").queryKey()).isEqualTo("z/2026/12/01/");
	}

	@Test
	void eidIsTheEidItIsAfterOrNullForABoundary() {
		assertThat(ReadPosition.after(A).eid()).isEqualTo(A);
		assertThat(ReadPosition.after(A).isAfterEid()).isTrue();
		assertThat(ReadPosition.at("z/2026/12/01/").eid()).isNull();
		assertThat(ReadPosition.at("z/2026/12/01/").isAfterEid()).isFalse();
	}

	@Test
	void toStringHasNoTrailingSpace() {
		assertThat(ReadPosition.after(A)).hasToString(A);
		assertThat(ReadPosition.at("z/2026/12/01/")).hasToString("z/2026/12/01/");
		assertThat(ReadPosition.BEGINNING).hasToString("z/");
	}

	@Test
	void equalByKey() {
		assertThat(ReadPosition.after(A)).isEqualTo(ReadPosition.after(EventId.parse(A)))
			.hasSameHashCodeAs(ReadPosition.after(A))
			.isNotEqualTo(ReadPosition.at(A));
	}

	@Test
	void rejectsAStringThatAlreadyHasTheSpace() {
		assertThatThrownBy(() -> ReadPosition.after(A + " ")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> ReadPosition.at(A + " ")).isInstanceOf(IllegalArgumentException.class);
	}

}
