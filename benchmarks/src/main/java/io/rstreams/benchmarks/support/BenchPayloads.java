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
package io.rstreams.benchmarks.support;

import io.rstreams.client.Event;
import io.rstreams.client.Json;
import tools.jackson.databind.node.ObjectNode;

/**
 * The payloads every contender reads and writes: an order-like object of exactly
 * {@value #PAYLOAD_BYTES} bytes of JSON, with a note of words so that it compresses as
 * ordinary business JSON does (not random text). {@code src/main/node/lib/payloads.js}
 * builds the same objects for the Node contenders.
 */
public final class BenchPayloads {

	/** Size of each payload's JSON (the "~224 B"). */
	public static final int PAYLOAD_BYTES = 224;

	private static final String[] WORDS = { "order", "shipped", "to", "the", "customer", "warehouse", "north", "south",
			"express", "standard", "invoice", "paid", "pending", "returned", "gift", "wrap", "priority", "fragile",
			"bulk", "discount" };

	private static final String[] REGIONS = { "eu-west-1", "us-east-1", "ap-south-1", "sa-east-1" };

	private BenchPayloads() {
	}

	public static ObjectNode payload(long n) {
		ObjectNode node = Json.mapper()
			.createObjectNode()
			.put("n", n)
			.put("customer", String.format("customer-%04d", n % 1000))
			.put("region", REGIONS[(int) (n % REGIONS.length)])
			.put("amount", (n % 100_000) / 100.0 + 1)
			.put("currency", n % 2 == 0 ? "EUR" : "USD")
			.put("items", 1 + n % 9)
			.put("sku", String.format("SKU-%06d", (n * 31) % 1_000_000))
			.put("note", "");
		int room = PAYLOAD_BYTES - Json.mapper().writeValueAsString(node).length();
		StringBuilder note = new StringBuilder(Math.max(room, 0));
		for (int i = 0; note.length() < room; i++) {
			if (i > 0) {
				note.append(' ');
			}
			note.append(WORDS[(int) ((n * 7 + i * 13) % WORDS.length)]);
		}
		note.setLength(Math.max(room, 0));
		return node.put("note", note.toString());
	}

	/** Event {@code n} for {@code queue}; the writer sets the id and timestamps. */
	public static Event event(String queue, long n) {
		return Event.builder().event(queue).payload(payload(n)).build();
	}

}
