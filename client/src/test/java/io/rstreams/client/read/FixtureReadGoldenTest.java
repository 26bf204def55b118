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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.rstreams.client.Json;
import io.rstreams.client.bus.StreamBlock;
import io.rstreams.client.codec.EventCodec;
import io.rstreams.client.testing.Fixtures;
import io.rstreams.client.testing.InMemoryObjectStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden test: every LeoStream item in the fixtures (written by the bus's own processor
 * from records the Node SDK sent) decodes into exactly the events the Node SDK's reader
 * returned for it.
 */
class FixtureReadGoldenTest {

	static List<ReadEntry> decodeAll(String fixture, String queue, ReadPosition after) {
		InMemoryObjectStore s3 = new InMemoryObjectStore();
		Fixtures.s3Objects(fixture).forEach((key, bytes) -> s3.put("ref-leos3", key, bytes));
		List<ReadEntry> entries = new ArrayList<>();
		for (Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item : Fixtures
			.items(fixture)) {
			try (BlockDecoder decoder = new BlockDecoder(queue, StreamBlock.fromItem(item), after, s3)) {
				for (ReadEntry e = decoder.next(); e != null; e = decoder.next()) {
					entries.add(e);
				}
			}
		}
		return entries;
	}

	static List<JsonNode> asReadJson(List<ReadEntry> entries) {
		List<JsonNode> events = new ArrayList<>();
		for (ReadEntry e : entries) {
			assertThat(e).isInstanceOf(ReadEntry.Ok.class);
			// compared as the JSON a reader would emit (serialised and parsed again, like
			// a Node reader sees it)
			events.add(Json.mapper()
				.readTree(Json.mapper().writeValueAsString(EventCodec.toReadNode(((ReadEntry.Ok) e).event()))));
		}
		return events;
	}

	@ParameterizedTest
	@ValueSource(strings = { "fx_small", "fx_live", "fx_enriched", "fx_s3" })
	void readsEachStoredItemAsTheNodeSdkDid(String queue) {
		List<JsonNode> expected = Fixtures.ndjson("expected-read-" + queue + ".ndjson");
		List<JsonNode> actual = asReadJson(decodeAll("leostream-" + queue + ".json", queue, ReadPosition.BEGINNING));
		assertThat(actual).containsExactlyElementsOf(expected);
	}

	@Test
	void readsTheProcessorsBigS3Block() {
		List<JsonNode> expected = Fixtures.ndjson("expected-read-fx_big-first3-last2.ndjson");
		List<JsonNode> actual = asReadJson(decodeAll("leostream-fx_big.json", "fx_big", ReadPosition.BEGINNING));
		assertThat(actual).hasSize(12_000);
		assertThat(actual.subList(0, 3)).containsExactlyElementsOf(expected.subList(0, 3));
		assertThat(actual.subList(11_998, 12_000)).containsExactlyElementsOf(expected.subList(3, 5));
	}

	@Test
	void startsInsideABlockAfterTheCheckpoint() {
		List<JsonNode> expected = Fixtures.ndjson("expected-read-fx_big-first3-last2.ndjson");
		String checkpoint = "z/2026/11/23/00/28/1795393690817-0011997";
		List<JsonNode> actual = asReadJson(
				decodeAll("leostream-fx_big.json", "fx_big", ReadPosition.after(checkpoint)));
		assertThat(actual).containsExactlyElementsOf(expected.subList(3, 5));

		List<JsonNode> small = Fixtures.ndjson("expected-read-fx_small.ndjson");
		List<JsonNode> rest = asReadJson(decodeAll("leostream-fx_small.json", "fx_small",
				ReadPosition.after(small.get(1).get("eid").asString())));
		assertThat(rest).containsExactlyElementsOf(small.subList(2, small.size()));
	}

}
