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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.rstreams.client.QueueRef;
import tools.jackson.databind.JsonNode;

/**
 * A LeoCron item read for display (protocol.md 7.1, 8.1): its read and write checkpoints
 * and triggers by queue id, the binder's leases and fanout entries, and the bus's own
 * state ({@code paused}, {@code errorCount}). Only queue references become edges; a
 * {@code system:} reference is not a queue.
 */
record BotItem(String id, String name, String description, boolean paused, long errorCount,
		Map<String, CheckpointEntry> reads, Map<String, CheckpointEntry> writes, List<String> triggers,
		Map<String, Lease> leases, Map<String, Map<String, String>> fanout, JsonNode item) {

	static BotItem of(JsonNode item) {
		String id = item.path("id").asString("");
		Map<String, CheckpointEntry> reads = checkpoints(item.path("checkpoints").path("read"));
		Map<String, CheckpointEntry> writes = checkpoints(item.path("checkpoints").path("write"));
		List<String> triggers = new ArrayList<>();
		for (JsonNode trigger : item.path("triggers")) {
			String queue = queueId(trigger.asString(""));
			if (queue != null && !triggers.contains(queue)) {
				triggers.add(queue);
			}
		}
		Map<String, Lease> leases = new LinkedHashMap<>();
		item.path("leases").properties().forEach(e -> {
			String queue = queueId(e.getKey());
			if (queue != null) {
				JsonNode lease = e.getValue();
				leases.put(queue, new Lease(lease.path("owner").asString(null), number(lease, "expires"),
						number(lease, "acquired"), number(lease, "renewed")));
			}
		});
		Map<String, Map<String, String>> fanout = new LinkedHashMap<>();
		item.path("fanoutCheckpoints").properties().forEach(e -> {
			String queue = queueId(e.getKey());
			if (queue != null) {
				Map<String, String> instances = new LinkedHashMap<>();
				e.getValue().properties().forEach(i -> instances.put(i.getKey(), i.getValue().asString("")));
				fanout.put(queue, instances);
			}
		});
		JsonNode nameNode = item.path("name");
		return new BotItem(id, nameNode.isString() ? nameNode.asString() : id,
				item.path("description").isString() ? item.path("description").asString() : null,
				item.path("paused").asBoolean(false), item.path("errorCount").asLong(0), reads, writes, triggers,
				leases, fanout, item);
	}

	/** The queues this bot reads: checkpoints first, then triggers without one. */
	List<String> readQueues() {
		List<String> queues = new ArrayList<>(reads.keySet());
		triggers.stream().filter(q -> !queues.contains(q)).forEach(queues::add);
		return queues;
	}

	private static Map<String, CheckpointEntry> checkpoints(JsonNode byRef) {
		Map<String, CheckpointEntry> entries = new LinkedHashMap<>();
		byRef.properties().forEach(e -> {
			String queue = queueId(e.getKey());
			if (queue != null) {
				JsonNode c = e.getValue();
				JsonNode checkpoint = c.path("checkpoint");
				entries.put(queue,
						new CheckpointEntry(checkpoint.isString() ? checkpoint.asString() : null,
								number(c, "source_timestamp"), number(c, "started_timestamp"),
								number(c, "ended_timestamp"), number(c, "records")));
			}
		});
		return entries;
	}

	/**
	 * The queue id of a {@code queue:}/{@code bot:} reference, {@code null} for others.
	 */
	static String queueId(String reference) {
		if (reference == null || reference.isBlank()) {
			return null;
		}
		try {
			QueueRef ref = QueueRef.parse(reference);
			return ref.type() == QueueRef.Type.SYSTEM ? null : ref.queueId();
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static Long number(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isNumber() ? value.asLong() : null;
	}

	/**
	 * One {@code checkpoints.read|write["queue:
	 *
	<q>"]} entry (protocol.md 7.1).
	 */
	record CheckpointEntry(String checkpoint, Long sourceTimestamp, Long startedTimestamp, Long endedTimestamp,
			Long records) {
	}

	/**
	 * A binder lease {@code leases["queue:
	 *
	<q>"]}.
	 */
	record Lease(String owner, Long expires, Long acquired, Long renewed) {
	}

}
