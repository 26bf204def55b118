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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import io.rstreams.client.EventId;
import io.rstreams.client.read.ReadPosition;
import tools.jackson.databind.JsonNode;

/**
 * Who writes a queue, from the {@code id} of its newest events: the bus records write
 * checkpoints only for producers that have a LeoCron item (protocol.md 5.4 step 8, 15),
 * so a Supplier, a StreamBridge sender or a Node {@code load} without registration would
 * not appear in the graph otherwise. Only the newest block is read, again only when the
 * queue's {@code max_eid} moved; the producers seen are remembered.
 */
final class ProducerScan {

	/** Producers remembered per queue at most. */
	static final int MAX_PRODUCERS = 20;

	/** Events of the newest block read at most. */
	static final int TAIL = 200;

	private final BusTables tables;

	private final EventPages pages;

	private final Map<String, Known> byQueue = new ConcurrentHashMap<>();

	ProducerScan(BusTables tables, EventPages pages) {
		this.tables = Objects.requireNonNull(tables);
		this.pages = Objects.requireNonNull(pages);
	}

	/** The producers seen writing {@code queue}, by id. */
	Map<String, Seen> producers(String queue, String maxEid) {
		if (maxEid == null) {
			return Map.of();
		}
		Known known = byQueue.get(queue);
		if (known != null && maxEid.equals(known.maxEid)) {
			return known.producers;
		}
		Map<String, Seen> producers = new LinkedHashMap<>(known == null ? Map.of() : known.producers);
		List<BusTables.Block> newest = tables.newestBlocks(queue, 1);
		if (!newest.isEmpty() && newest.get(0).start() != null) {
			EventId start = EventId.parse(newest.get(0).start());
			ReadPosition from = start.isFull() ? ReadPosition.at(start.base()) : ReadPosition.at(start);
			for (JsonNode event : pages.read(queue, from, maxEid, TAIL, TAIL, e -> true).events()) {
				JsonNode id = event.path("id");
				if (id.isString() && (producers.containsKey(id.asString()) || producers.size() < MAX_PRODUCERS)) {
					JsonNode timestamp = event.path("timestamp");
					producers.put(id.asString(), new Seen(event.path("eid").asString(null),
							timestamp.isNumber() ? timestamp.asLong() : null));
				}
			}
		}
		Map<String, Seen> frozen = Map.copyOf(producers);
		byQueue.put(queue, new Known(maxEid, frozen));
		return frozen;
	}

	/** The newest event seen from a producer, and its {@code timestamp}. */
	record Seen(String eid, Long timestamp) {
	}

	private record Known(String maxEid, Map<String, Seen> producers) {
	}

}
