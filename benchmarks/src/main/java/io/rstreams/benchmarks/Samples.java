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
package io.rstreams.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.rstreams.client.Correlation;
import io.rstreams.client.Event;
import io.rstreams.client.Json;
import tools.jackson.databind.node.ObjectNode;

/**
 * The events the benchmarks work on: about 1 KiB each, with a correlation, like a typical
 * bot's output.
 */
final class Samples {

	private Samples() {
	}

	static List<Event> events(int count, int textLength) {
		Random random = new Random(7);
		List<Event> events = new ArrayList<>(count);
		char[] text = new char[textLength];
		for (int i = 0; i < count; i++) {
			for (int c = 0; c < text.length; c++) {
				text[c] = (char) ('a' + random.nextInt(26));
			}
			ObjectNode payload = Json.mapper()
				.createObjectNode()
				.put("n", i)
				.put("customer", "c-" + (i % 97))
				.put("amount", i * 1.25)
				.put("text", new String(text));
			events.add(Event.builder()
				.id("bench_bot")
				.event("bench_queue")
				.payload(payload)
				.eventSourceTimestamp(1_700_000_000_000L + i)
				.timestamp(1_795_000_000_000L + i)
				.correlationId(new Correlation("upstream",
						"z/2026/11/25/00/00/1795000000000-" + String.format("%07d", i), null, 1L, false, false))
				.build());
		}
		return events;
	}

}
