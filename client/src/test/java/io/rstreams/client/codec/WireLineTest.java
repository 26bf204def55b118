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
package io.rstreams.client.codec;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.rstreams.client.Correlation;
import io.rstreams.client.Event;
import io.rstreams.client.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class WireLineTest {

	static Event event(String payload) {
		return Event.builder()
			.id("bot")
			.event("orders")
			.payload(Json.mapper().readTree(payload))
			.eventSourceTimestamp(1_700_000_000_000L)
			.timestamp(1_795_000_000_000L)
			.build();
	}

	static List<Event> events() {
		JsonNode extra = Json.mapper().readTree("{\"trace\":\"t-1\"}");
		return List.of(event("{\"n\":1}"), event("[1,2,3]"), event("\"text\""),
				event("{\"s\":\"unicode ✓ é \\\" \\n\"}"),
				event("{\"n\":1}").toBuilder()
					.correlationId(new Correlation("up", "z/1", "z/2", 3L, false, false))
					.units(3L)
					.build(),
				event("{\"n\":1}").toBuilder()
					.correlationId(new Correlation("up", "z/1", null, null, true, true))
					.extra(Map.of("rstreams_trace", extra))
					.build());
	}

	/**
	 * The writer's splice before WireLine existed: the object without eid, its '}'
	 * replaced by ,"eid":N}.
	 */
	static byte[] splicedTheOldWay(Event e, long index) {
		byte[] json = Json.mapper().writeValueAsBytes(EventCodec.toWireNode(e));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(json, 0, json.length - 1);
		out.writeBytes((",\"eid\":" + index + "}\n").getBytes(StandardCharsets.UTF_8));
		return out.toByteArray();
	}

	@Test
	void linesAreTheBytesTheWriterAlwaysSent() {
		for (Event e : events()) {
			for (long index : new long[] { 0, 9, 10, 99, 100, 12_345 }) {
				WireLine line = WireLine.of(e);
				assertThat(line.toBytes(index)).as("%s at %d", e, index).isEqualTo(splicedTheOldWay(e, index));
				assertThat(EventCodec.toWireLine(e, index)).isEqualTo(splicedTheOldWay(e, index));
				assertThat(line.length(index)).isEqualTo(line.toBytes(index).length);
			}
		}
	}

	@Test
	void eidIsTheLastFieldAndNeverTwice() {
		Event e = event("{\"n\":1}").toBuilder()
			.extra(Map.of("eid", Json.mapper().getNodeFactory().numberNode(7)))
			.build();
		String line = new String(WireLine.of(e).toBytes(3), StandardCharsets.UTF_8);
		assertThat(line).endsWith(",\"eid\":3}\n").containsOnlyOnce("\"eid\"");
	}

	@Test
	void jsonLengthIsTheObjectWithoutEid() {
		Event e = event("{\"n\":1}");
		assertThat(WireLine.of(e).jsonLength())
			.isEqualTo(Json.mapper().writeValueAsBytes(EventCodec.toWireNode(e)).length);
	}

	@Test
	void aChunkNumbersItsLinesFromZero() {
		NdjsonChunk chunk = new NdjsonChunk();
		for (Event e : events()) {
			chunk.add(WireLine.of(e));
		}
		String[] lines = new String(chunk.text(), StandardCharsets.UTF_8).split("\n");
		assertThat(lines).hasSize(events().size());
		for (int i = 0; i < lines.length; i++) {
			assertThat(Json.mapper().readTree(lines[i]).get("eid").asInt()).isEqualTo(i);
		}
		assertThat(chunk.events()).isEqualTo(lines.length);
		assertThat(chunk.size()).isEqualTo(chunk.text().length);
		assertThat(Gzip.isGzip(chunk.gzip())).isTrue();
	}

}
