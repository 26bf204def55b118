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
package io.rstreams.console;

import io.rstreams.client.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Filtering events by the value at a JSON path of their envelope. */
class ConsoleEventFilterTest {

	private final JsonNode event = Json.mapper()
		.readTree("{\"id\":\"bot\",\"payload\":{\"customer\":\"acme\",\"total\":12.5,\"paid\":true,"
				+ "\"lines\":[{\"sku\":\"X-1\"},{\"sku\":\"Y-2\"}],\"none\":null},"
				+ "\"correlation_id\":{\"source\":\"orders\",\"start\":\"z/2026/12/01/00/00/1-0000001\"}}");

	@Test
	void matchesStringsNumbersBooleansAndArrayElements() {
		assertThat(EventFilter.parse("payload.customer", "acme").matches(event)).isTrue();
		assertThat(EventFilter.parse("$.payload.customer", "acme").matches(event)).isTrue();
		assertThat(EventFilter.parse("payload.customer", "globex").matches(event)).isFalse();
		assertThat(EventFilter.parse("payload.total", "12.5").matches(event)).isTrue();
		assertThat(EventFilter.parse("payload.paid", "true").matches(event)).isTrue();
		assertThat(EventFilter.parse("payload.lines[1].sku", "Y-2").matches(event)).isTrue();
		assertThat(EventFilter.parse("payload.lines[0].sku", "Y-2").matches(event)).isFalse();
		assertThat(EventFilter.parse("correlation_id.source", "orders").matches(event)).isTrue();
	}

	@Test
	void missingNullAndObjectValuesDoNotMatch() {
		assertThat(EventFilter.parse("payload.missing", "").matches(event)).isFalse();
		assertThat(EventFilter.parse("payload.none", "null").matches(event)).isFalse();
		assertThat(EventFilter.parse("payload", "{}").matches(event)).isFalse();
		assertThat(EventFilter.parse("payload.lines[7].sku", "X-1").matches(event)).isFalse();
	}

	@Test
	void malformedPathsAreRefusedWithTheReason() {
		assertThatThrownBy(() -> EventFilter.parse("$", "x")).hasMessageContaining("Empty JSON path");
		assertThatThrownBy(() -> EventFilter.parse("payload..x", "x")).hasMessageContaining("empty field name");
		assertThatThrownBy(() -> EventFilter.parse("payload.lines[0", "x")).hasMessageContaining("'[' without ']'");
		assertThatThrownBy(() -> EventFilter.parse("payload.lines[a]", "x")).hasMessageContaining("numeric indexes");
	}

}
