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
package io.rstreams.localaws.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import io.rstreams.localaws.dynamodb.value.AttrValue;
import io.rstreams.localaws.dynamodb.value.ItemSize;
import io.rstreams.localaws.dynamodb.value.Numbers;
import io.rstreams.localaws.dynamodb.value.ValueOrder;
import org.junit.jupiter.api.Test;

class ValueOrderTest {

	@Test
	void stringOrderIsUtf8ByteOrder() {
		Random random = new Random(7);
		List<String> strings = new ArrayList<>();
		int[] interesting = { 0x41, 0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFD, 0xFFFF, 0x10000, 0x1F600,
				0x10FFFF };
		for (int i = 0; i < 500; i++) {
			StringBuilder sb = new StringBuilder();
			for (int j = random.nextInt(4); j >= 0; j--) {
				sb.appendCodePoint(interesting[random.nextInt(interesting.length)]);
			}
			strings.add(sb.toString());
		}
		for (String a : strings) {
			for (String b : strings.subList(0, 50)) {
				int expected = Integer.signum(
						Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8)));
				assertThat(Integer.signum(ValueOrder.compareUtf8(a, b))).as("%s vs %s", a, b).isEqualTo(expected);
			}
		}
		assertThat("\uFFFD".compareTo("\uD83D\uDE00")).as("Java's own order differs").isPositive();
		assertThat(ValueOrder.compareUtf8("\uFFFD", "\uD83D\uDE00")).isNegative();
	}

	@Test
	void numbersAreNormalisedAndBounded() {
		assertThat(Numbers.format(Numbers.parse("1.500"))).isEqualTo("1.5");
		assertThat(Numbers.format(Numbers.parse("1e2"))).isEqualTo("100");
		assertThat(Numbers.format(Numbers.parse("-0.0"))).isEqualTo("0");
		assertThat(AttrValue.n(new BigDecimal("2.0"))).isEqualTo(AttrValue.n(new BigDecimal("2")));
		assertThat(Numbers.parse("9.9999999999999999999999999999999999999E+125")).isNotNull();
		assertThat(Numbers.parse("1E-130")).isNotNull();
		assertThatThrownBy(() -> Numbers.parse("1E+126")).hasMessageContaining("Number overflow");
		assertThatThrownBy(() -> Numbers.parse("1E-131")).hasMessageContaining("Number underflow");
		assertThatThrownBy(() -> Numbers.parse("NaN")).hasMessageContaining("cannot be converted to a numeric value");
	}

	@Test
	void itemSizeFollowsDynamoDbRules() {
		assertThat(ItemSize.utf8Length("aé€\uD83D\uDE00")).isEqualTo(1 + 2 + 3 + 4);
		assertThat(ItemSize.of(java.util.Map.of("ab", AttrValue.s("xyz")))).isEqualTo(5);
		assertThat(ItemSize.of(AttrValue.n(new BigDecimal("12345")))).isEqualTo(4);
	}

}
