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

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import io.rstreams.client.Json;
import io.rstreams.client.codec.EventCodec;
import io.rstreams.client.read.EventStream;
import io.rstreams.client.read.QueueReader;
import io.rstreams.client.read.ReadEntry;
import io.rstreams.client.read.ReadPosition;
import io.rstreams.client.read.ReadRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads events for display through the client's {@link QueueReader} (gzip blocks and S3
 * files alike, protocol.md 6): each event becomes its read-side envelope plus
 * {@code eidTime}; stored data that cannot be decoded becomes an entry with {@code error}
 * and its eid range, so a page shows it rather than failing.
 */
final class EventPages {

	private final QueueReader reader;

	EventPages(QueueReader reader) {
		this.reader = Objects.requireNonNull(reader);
	}

	/**
	 * Reads at most {@code scanLimit} events after {@code from} up to {@code maxEid} and
	 * keeps the first {@code keep} that {@code filter} accepts.
	 */
	Page read(String queue, ReadPosition from, String maxEid, int keep, int scanLimit, Predicate<JsonNode> filter) {
		return read(queue, from, maxEid, keep, scanLimit, filter, null);
	}

	/**
	 * As {@link #read(String, ReadPosition, String, int, int, Predicate)}, stopping at
	 * the first event after {@code stopAfter} (when not {@code null}): a range inside
	 * blocks that end later, which a read bounded by that eid would not query.
	 */
	Page read(String queue, ReadPosition from, String maxEid, int keep, int scanLimit, Predicate<JsonNode> filter,
			String stopAfter) {
		List<JsonNode> kept = new ArrayList<>();
		long scanned = 0;
		String last = null;
		try (EventStream stream = reader.read(ReadRequest.of(queue, from, maxEid).withLimit(scanLimit))) {
			while (kept.size() < keep && stream.hasNext()) {
				ReadEntry entry = stream.next();
				scanned++;
				last = entry.lastEid();
				if (stopAfter != null && last.compareTo(stopAfter) > 0) {
					break;
				}
				JsonNode node = envelope(entry);
				if (entry instanceof ReadEntry.Failed || filter.test(node)) {
					kept.add(node);
				}
			}
		}
		boolean more = (kept.size() >= keep || scanned >= scanLimit) && last != null && last.compareTo(maxEid) < 0;
		return new Page(kept, scanned, more ? last : null);
	}

	static JsonNode envelope(ReadEntry entry) {
		if (entry instanceof ReadEntry.Ok ok) {
			ObjectNode node = EventCodec.toReadNode(ok.event());
			long time = GraphBuilder.millis(ok.event().eid());
			if (time >= 0) {
				node.put("eidTime", time);
			}
			return node;
		}
		ReadEntry.Failed failed = (ReadEntry.Failed) entry;
		ObjectNode node = Json.mapper().createObjectNode();
		node.put("error", failed.error().getMessage());
		node.put("firstEid", failed.error().firstEid());
		node.put("eid", failed.error().lastEid());
		return node;
	}

	/**
	 * @param next the eid to continue after, or {@code null} when the read reached the
	 * end
	 */
	record Page(List<JsonNode> events, long scanned, String next) {
	}

}
