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

import java.util.List;

import io.rstreams.client.codec.EventCodec;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Node SDK's createCorrelation outputs quoted in protocol.md 4.2, byte for byte. */
class CorrelationTest {

	private static final String E1 = "z/2024/01/01/00/01/1704067260123-0000001";

	private static final String E2 = "z/2024/01/01/00/01/1704067260123-0000009";

	private final Event e1 = Event.builder().event("qA").eid(E1).payload(Json.mapper().createObjectNode()).build();

	private final Event e2 = Event.builder()
		.event("qA")
		.eid(E2)
		.units(3L)
		.payload(Json.mapper().createObjectNode())
		.build();

	private static String json(Correlation c) {
		return Json.mapper().writeValueAsString(EventCodec.toJson(c));
	}

	@Test
	void oneToOne() {
		assertThat(json(Correlation.of(e1))).isEqualTo("{\"source\":\"qA\",\"start\":\"" + E1 + "\",\"units\":1}");
	}

	@Test
	void batchOfOneHasANullEnd() {
		assertThat(json(Correlation.ofBatch(List.of(e1))))
			.isEqualTo("{\"source\":\"qA\",\"start\":\"" + E1 + "\",\"end\":null,\"units\":1}");
	}

	@Test
	void batchSumsUnits() {
		assertThat(json(Correlation.ofBatch(List.of(e1, e2))))
			.isEqualTo("{\"source\":\"qA\",\"start\":\"" + E1 + "\",\"end\":\"" + E2 + "\",\"units\":4}");
	}

	@Test
	void explicitRange() {
		assertThat(json(Correlation.between(e1, e2, 5)))
			.isEqualTo("{\"source\":\"qA\",\"start\":\"" + E1 + "\",\"end\":\"" + E2 + "\",\"units\":5}");
	}

	@Test
	void partial() {
		assertThat(json(Correlation.of(e1).asPartial()))
			.isEqualTo("{\"source\":\"qA\",\"partial_start\":\"" + E1 + "\",\"units\":1}");
	}

	@Test
	void readsBackWhatItWrites() {
		for (Correlation c : List.of(Correlation.of(e1), Correlation.ofBatch(List.of(e1)),
				Correlation.ofBatch(List.of(e1, e2)), Correlation.of(e1).asPartial())) {
			JsonNode node = EventCodec.toJson(c);
			assertThat(EventCodec.fromJson(node)).isEqualTo(c);
		}
	}

	@Test
	void checkpointsOnEndOrStart() {
		assertThat(Correlation.ofBatch(List.of(e1, e2)).checkpointEid()).isEqualTo(E2);
		assertThat(Correlation.ofBatch(List.of(e1)).checkpointEid()).isEqualTo(E1);
	}

	@Test
	void needsReadEvents() {
		assertThatThrownBy(() -> Correlation.of(Event.builder().event("q").build()))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Correlation.ofBatch(List.of())).isInstanceOf(IllegalArgumentException.class);
	}

}
