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
package io.rstreams.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.rstreams.client.Correlation;
import io.rstreams.client.Event;
import io.rstreams.client.Json;
import io.rstreams.client.bus.QueueInfo;
import io.rstreams.client.write.QueueWriter;
import io.rstreams.localbus.LocalBus;
import tools.jackson.databind.JsonNode;

/**
 * Writes events to the local bus as a Node bot would ({@code bot.write}): through the
 * bus's Kinesis stream, with the producer's bot id as the event's {@code id}, an
 * {@code event_source_timestamp} and, if given, a {@code correlation_id}; the bus assigns
 * the eids. Immutable: each {@code with...} returns a new writer.
 */
public final class TestWriter {

	private final LocalBus bus;

	private final String botId;

	private final Long eventSourceTimestamp;

	private final Correlation correlation;

	TestWriter(LocalBus bus, String botId, Long eventSourceTimestamp, Correlation correlation) {
		this.bus = bus;
		this.botId = Objects.requireNonNull(botId, "botId");
		this.eventSourceTimestamp = eventSourceTimestamp;
		this.correlation = correlation;
	}

	/** The producer bot's id, written as each event's {@code id}. */
	public String botId() {
		return botId;
	}

	/**
	 * The {@code event_source_timestamp} of the events (epoch ms); by default the time of
	 * writing, as the Node SDK sets it.
	 */
	public TestWriter withEventSourceTimestamp(long epochMillis) {
		return new TestWriter(bus, botId, epochMillis, correlation);
	}

	/** The {@code correlation_id} of the events, as a bot that read a parent sets it. */
	public TestWriter withCorrelation(Correlation correlationId) {
		return new TestWriter(bus, botId, eventSourceTimestamp, correlationId);
	}

	/**
	 * Writes one event per payload (any object Jackson writes as JSON, or a
	 * {@link JsonNode}) and returns them as the bus stored them, with their eids. On the
	 * embedded bus a write is readable when it returns.
	 */
	public List<Event> write(String queue, Object... payloads) {
		QueueInfo before = bus.reader().queueInfo(queue);
		long now = bus.options().clock().millis();
		try (QueueWriter writer = bus.writer(botId)) {
			for (Object payload : payloads) {
				writer.write(Event.builder()
					.event(queue)
					.payload(Json.mapper().valueToTree(payload))
					.eventSourceTimestamp(eventSourceTimestamp != null ? eventSourceTimestamp : now)
					.correlationId(correlation)
					.build());
			}
			writer.flush().join();
		}
		List<Event> mine = new ArrayList<>();
		for (Event stored : QueueContents.read(bus, queue,
				QueueContents.after(before == null ? null : before.maxEid()))) {
			if (botId.equals(stored.id())) {
				mine.add(stored);
			}
		}
		return List.copyOf(mine.subList(Math.max(0, mine.size() - payloads.length), mine.size()));
	}

}
